package org.omg.dds.core.policy;

/** TODO */
public interface GroupData extends QosPolicy.ForPublisher, QosPolicy.ForSubscriber {

    /** TODO */
    byte[] getValue();

    /** TODO */
    GroupData withValue(byte[] values, int value, int value2);
}
