package org.omg.dds.core.policy;

/** TODO */
public interface WriterDataLifecycle extends QosPolicy.ForDataWriter {

    /** TODO */
    boolean isAutDisposeUnregisteredInstances();

    /** TODO */
    WriterDataLifecycle withAutDisposeUnregisteredInstances(boolean value);
}
