package org.omg.dds.core.policy;

/**
 * A hint to the transport about the priority of the data a writer sends; higher values mean higher
 * priority. How it is used, if at all, depends on the transport.
 *
 * <p>Applies to topics and data writers. Default: 0. It can be changed after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface TransportPriority extends QosPolicy.ForTopic, QosPolicy.ForDataWriter {

    /** Returns the priority. */
    int getValue();

    /** Returns a copy of this policy with the given priority. */
    TransportPriority withValue(int priority);
}
