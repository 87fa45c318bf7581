package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * Configures the service that keeps data for late joiners when {@link Durability} is
 * {@code TRANSIENT} or {@code PERSISTENT}: the history and resource limits it uses, and how long
 * it keeps the data of an instance once that instance has no writers and has been disposed.
 *
 * <p>Applies to topics and data writers. Default: a cleanup delay of zero, {@code KEEP_LAST} with
 * depth 1, and all limits {@link ResourceLimits#LENGTH_UNLIMITED}. It cannot be changed once the
 * entity is enabled.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface DurabilityService extends QosPolicy.ForTopic, QosPolicy.ForDataWriter {

    /** Returns how long the data of a disposed instance that has no writers is still kept. */
    Duration getServiceCleanupDelay();

    /** Returns the history kind the durability service uses. */
    History.Kind getHistoryKind();

    /** Returns the history depth the durability service uses with {@code KEEP_LAST}. */
    int getHistoryDepth();

    /** Returns the maximum number of samples kept, or {@link ResourceLimits#LENGTH_UNLIMITED}. */
    int getMaxSamples();

    /** Returns the maximum number of instances kept, or {@link ResourceLimits#LENGTH_UNLIMITED}. */
    int getMaxInstances();

    /**
     * Returns the maximum number of samples kept for any one instance, or
     * {@link ResourceLimits#LENGTH_UNLIMITED}.
     */
    int getMaxSamplesPerInstance();

    /** Returns a copy of this policy with the given cleanup delay. */
    DurabilityService withServiceCleanupDelay(Duration delay);

    /**
     * Returns a copy of this policy with the given cleanup delay; equivalent to
     * {@link #withServiceCleanupDelay(Duration)}.
     */
    DurabilityService withServiceCleanupDelay(long amount, TimeUnit unit);

    /** Returns a copy of this policy with the given history kind. */
    DurabilityService withHistoryKind(History.Kind kind);

    /** Returns a copy of this policy with the given history depth. */
    DurabilityService withHistoryDepth(int depth);

    /** Returns a copy of this policy with the given maximum number of samples. */
    DurabilityService withMaxSamples(int maxSamples);

    /** Returns a copy of this policy with the given maximum number of instances. */
    DurabilityService withMaxInstances(int maxInstances);

    /** Returns a copy of this policy with the given maximum number of samples per instance. */
    DurabilityService withMaxSamplesPerInstance(int maxSamplesPerInstance);
}
