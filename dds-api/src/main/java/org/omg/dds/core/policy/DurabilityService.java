package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/** TODO */
public interface DurabilityService extends QosPolicy.ForTopic, QosPolicy.ForDataWriter {

    /** TODO */
    Duration getServiceCleanupDelay();

    /** TODO */
    History.Kind getHistoryKind();

    /** TODO */
    int getHistoryDepth();

    /** TODO */
    int getMaxSamples();

    /** TODO */
    int getMaxInstances();

    /** TODO */
    int getMaxSamplesPerInstance();

    /** TODO */
    DurabilityService withServiceCleanupDelay(Duration duration);

    /** TODO */
    DurabilityService withServiceCleanupDelay(long amount, TimeUnit unit);

    /** TODO */
    DurabilityService withHistoryKind(History.Kind kind);

    /** TODO */
    DurabilityService withHistoryDepth(int value);

    /** TODO */
    DurabilityService withMaxSamples(int value);

    /** TODO */
    DurabilityService withMaxInstances(int value);

    /** TODO */
    DurabilityService withMaxSamplesPerInstance(int value);
}
