package org.omg.dds.core.policy;

/** TODO */
public interface ResourceLimits extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter {

    /** TODO */
    int LENGTH_UNLIMITED = -1;

    /** TODO */
    int getMaxSamples();

    /** TODO */
    int getMaxInstances();

    /** TODO */
    int getMaxSamplesPerInstance();

    /** TODO */
    ResourceLimits withMaxSamples(int value);

    /** TODO */
    ResourceLimits withMaxInstances(int value);

    /** TODO */
    ResourceLimits withMaxSamplesPerInstance(int value);
}
