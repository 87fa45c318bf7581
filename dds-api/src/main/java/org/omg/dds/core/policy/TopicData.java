package org.omg.dds.core.policy;

/** TODO */
public interface TopicData extends QosPolicy.ForTopic {

    /** TODO */
    byte[] getValue();

    /** TODO */
    TopicData withValue(byte[] values, int value, int value2);
}
