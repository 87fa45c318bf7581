package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.NanoDuration;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.sub.DataReaderQos;

/**
 * The reader QoS as the cache applies it, with LENGTH_UNLIMITED turned into
 * {@link Integer#MAX_VALUE} so that limit checks are plain comparisons.
 */
record CacheLimits(boolean keepAll, int depth, int maxSamples, int maxInstances, int maxSamplesPerInstance,
        boolean exclusiveOwnership, boolean bySourceTimestamp, long minimumSeparationNanos, boolean needsClock) {

    static CacheLimits of(DataReaderQos qos) {
        History history = qos.getHistory();
        ResourceLimits limits = qos.getResourceLimits();
        boolean keepAll = history.getKind() == History.Kind.KEEP_ALL;
        return new CacheLimits(keepAll, keepAll ? Integer.MAX_VALUE : history.getDepth(),
                unlimited(limits.getMaxSamples()), unlimited(limits.getMaxInstances()),
                unlimited(limits.getMaxSamplesPerInstance()),
                qos.getOwnership().getKind() == Ownership.Kind.EXCLUSIVE,
                qos.getDestinationOrder().getKind() == DestinationOrder.Kind.BY_SOURCE_TIMESTAMP,
                NanoDuration.nanosOf(qos.getTimeBasedFilter().getMinimumSeparation()), needsClock(qos));
    }

    /**
     * Whether delivery must read the clock: only the time-based filter, the requested deadline and
     * the auto-purge delays use arrival times (lifespan is decided per sample by the caller).
     * Skipping {@code System.nanoTime()} otherwise is a measurable share of a local write.
     */
    private static boolean needsClock(DataReaderQos qos) {
        return NanoDuration.nanosOf(qos.getTimeBasedFilter().getMinimumSeparation()) > 0
                || NanoDuration.nanosOf(qos.getDeadline().getPeriod()) != NanoDuration.INFINITE_NANOS
                || NanoDuration.nanosOf(qos.getReaderDataLifecycle().getAutoPurgeNoWriterSamplesDelay())
                        != NanoDuration.INFINITE_NANOS
                || NanoDuration.nanosOf(qos.getReaderDataLifecycle().getAutoPurgeDisposedSamplesDelay())
                        != NanoDuration.INFINITE_NANOS;
    }

    private static int unlimited(int value) {
        return value == ResourceLimits.LENGTH_UNLIMITED ? Integer.MAX_VALUE : value;
    }
}
