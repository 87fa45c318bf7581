package org.omg.dds.core.policy;

/**
 * Limits the resources the service may use to keep the samples of a writer or reader: the total
 * number of samples, the number of instances and the number of samples per instance.
 *
 * <p>Applies to topics, data readers and data writers. Default: all three limits
 * {@link #LENGTH_UNLIMITED}. It cannot be changed once the entity is enabled. The maximum number of
 * samples must be at least the maximum number of samples per instance, and, with a
 * {@code KEEP_LAST} {@link History}, the latter must be at least the history depth.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface ResourceLimits extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter {

    /** The value of a limit that means "no limit". */
    int LENGTH_UNLIMITED = -1;

    /** Returns the maximum number of samples, over all instances, or {@link #LENGTH_UNLIMITED}. */
    int getMaxSamples();

    /** Returns the maximum number of instances, or {@link #LENGTH_UNLIMITED}. */
    int getMaxInstances();

    /** Returns the maximum number of samples of any one instance, or {@link #LENGTH_UNLIMITED}. */
    int getMaxSamplesPerInstance();

    /** Returns a copy of this policy with the given maximum number of samples. */
    ResourceLimits withMaxSamples(int maxSamples);

    /** Returns a copy of this policy with the given maximum number of instances. */
    ResourceLimits withMaxInstances(int maxInstances);

    /** Returns a copy of this policy with the given maximum number of samples per instance. */
    ResourceLimits withMaxSamplesPerInstance(int maxSamplesPerInstance);
}
