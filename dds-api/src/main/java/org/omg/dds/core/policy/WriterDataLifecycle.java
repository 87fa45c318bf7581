package org.omg.dds.core.policy;

/**
 * Controls whether a data writer disposes an instance when it unregisters it, including the
 * implicit unregistration of all its instances when the writer is closed.
 *
 * <p>Applies to data writers. Default: unregistered instances are disposed. It can be changed
 * after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged. (The missing "o" in the method names is the OMG API's spelling.)
 */
public interface WriterDataLifecycle extends QosPolicy.ForDataWriter {

    /** Returns whether unregistering an instance also disposes it. */
    boolean isAutDisposeUnregisteredInstances();

    /** Returns a copy of this policy with automatic disposal of unregistered instances switched on or off. */
    WriterDataLifecycle withAutDisposeUnregisteredInstances(boolean autoDisposeUnregisteredInstances);
}
