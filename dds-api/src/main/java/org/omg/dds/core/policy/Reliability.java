package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * Controls whether the service tries to deliver every sample ({@link Kind#RELIABLE}) or may drop
 * samples, for example when the network loses them ({@link Kind#BEST_EFFORT}).
 *
 * <p>Applies to topics, data readers and data writers. Defaults: {@code BEST_EFFORT} for topics
 * and readers, {@code RELIABLE} for writers, in all cases with a maximum blocking time of 100 ms.
 * It cannot be changed once the entity is enabled. Offered and requested values match when the
 * offered kind is at least the requested one, with {@code BEST_EFFORT < RELIABLE}.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Reliability extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Reliability> {

    /** Returns the reliability kind. */
    Reliability.Kind getKind();

    /**
     * Returns how long a reliable writer's write operation may block waiting for room in its
     * history or resource limits before it fails with a timeout.
     */
    Duration getMaxBlockingTime();

    /** Returns a copy of this policy with the given kind. */
    Reliability withKind(Reliability.Kind kind);

    /** Returns a copy of this policy with the given maximum blocking time. */
    Reliability withMaxBlockingTime(Duration maxBlockingTime);

    /**
     * Returns a copy of this policy with the given maximum blocking time; equivalent to
     * {@link #withMaxBlockingTime(Duration)}.
     */
    Reliability withMaxBlockingTime(long amount, TimeUnit unit);

    /** Returns a copy of this policy with kind {@link Kind#BEST_EFFORT}. */
    Reliability withBestEffort();

    /** Returns a copy of this policy with kind {@link Kind#RELIABLE}. */
    Reliability withReliable();

    /** The reliability kinds, from weakest to strongest. */
    public static enum Kind {
        /** Samples may be lost and are not sent again. */
        BEST_EFFORT,
        /** Lost samples are sent again so that every sample in the writer's history is delivered. */
        RELIABLE;

    }
}
