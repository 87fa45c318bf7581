package org.omg.dds.core.policy;

/**
 * Application-defined bytes attached to a topic. The service does not interpret them but
 * propagates them through discovery, so that other applications can read them from the built-in
 * topics, for example to implement their own matching or access rules.
 *
 * <p>Applies to topics. Default: an empty value. It can be changed after the entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface TopicData extends QosPolicy.ForTopic {

    /** Returns the bytes held by this policy. */
    byte[] getValue();

    /**
     * Returns a copy of this policy holding the bytes {@code value[offset]} to
     * {@code value[offset + length - 1]}.
     *
     * @param value the array holding the bytes
     * @param offset the index in {@code value} of the first byte to use
     * @param length the number of bytes to use
     */
    TopicData withValue(byte[] value, int offset, int length);
}
