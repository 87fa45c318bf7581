package org.omg.dds.core.policy;

/** TODO */
public interface TransportPriority extends QosPolicy.ForTopic, QosPolicy.ForDataWriter {

    /** TODO */
    int getValue();

    /** TODO */
    TransportPriority withValue(int value);
}
