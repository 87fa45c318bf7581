package org.omg.dds.core.policy;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;

/**
 * Controls how the service decides that a writer is still alive: who asserts its liveliness
 * ({@link Kind}) and how long it may stay silent before it is considered lost (the lease duration).
 * Changes are reported through the liveliness-lost and liveliness-changed statuses.
 *
 * <p>Applies to topics, data readers and data writers. Default: {@link Kind#AUTOMATIC} with an
 * infinite lease duration. It cannot be changed once the entity is enabled. Offered and requested
 * values match when the offered kind is at least the requested one, in the order
 * {@code AUTOMATIC < MANUAL_BY_PARTICIPANT < MANUAL_BY_TOPIC}, and the offered lease duration is
 * less than or equal to the requested one.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Liveliness extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Liveliness> {

    /** Returns the liveliness kind. */
    Liveliness.Kind getKind();

    /** Returns the time after which a writer that has not asserted its liveliness is considered lost. */
    Duration getLeaseDuration();

    /** Returns a copy of this policy with the given kind. */
    Liveliness withKind(Liveliness.Kind kind);

    /** Returns a copy of this policy with the given lease duration. */
    Liveliness withLeaseDuration(Duration leaseDuration);

    /**
     * Returns a copy of this policy with the given lease duration; equivalent to
     * {@link #withLeaseDuration(Duration)}.
     */
    Liveliness withLeaseDuration(long amount, TimeUnit unit);

    /** Returns a copy of this policy with kind {@link Kind#AUTOMATIC}. */
    Liveliness withAutomatic();

    /** Returns a copy of this policy with kind {@link Kind#MANUAL_BY_PARTICIPANT}. */
    Liveliness withManualByParticipant();

    /** Returns a copy of this policy with kind {@link Kind#MANUAL_BY_TOPIC}. */
    Liveliness withManualByTopic();

    /** The liveliness kinds, from weakest to strongest. */
    public static enum Kind {
        /** The service asserts liveliness on the writer's behalf as long as its participant runs. */
        AUTOMATIC,
        /** Any write or explicit assertion by an entity of the writer's participant asserts it. */
        MANUAL_BY_PARTICIPANT,
        /** Only a write or an explicit assertion by the writer itself asserts its liveliness. */
        MANUAL_BY_TOPIC;

    }
}
