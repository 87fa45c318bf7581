package io.sirocco.dcps.spi;

import io.sirocco.dcps.type.cdr.CdrInput;

/**
 * A reader's view of one matched writer, returned by {@link LocalReader#matchWriter}: the channel
 * through which a path delivers that writer's changes, in sequence order. Delivery methods take the
 * reader's lock themselves; callers hold no reader lock. Listeners triggered by a delivery run
 * after the path's current delivery batch ({@link io.sirocco.dcps.entity.DeferredNotifications}).
 *
 * @param <T> the sample type
 */
public interface MatchedWriter<T> {

    /** The writer, as described when it was matched. */
    WriterDescription description();

    /** The reader-side publication handle of the writer. */
    long publicationHandle();

    /** Delivers a change of a writer in this JVM; the reader copies what it keeps. */
    DeliveryResult deliver(WriterChange<T> change);

    /**
     * Delivers a change received in serialized form: {@code payload} holds the serialized sample
     * (ALIVE) or, when {@code keyOnly}, the serialized key; {@code keyHash} may be {@code null}.
     */
    DeliveryResult deliverSerialized(long sequenceNumber, ChangeKind kind, long sourceTimestampNanos,
            long expiryNanoTime, CdrInput payload, boolean keyOnly, byte[] keyHash);

    /**
     * Delivers several changes so that no read or take sees only some of them (a coherent set):
     * the reader's cache is locked once around the whole batch.
     */
    void deliverAll(java.util.List<WriterChange<T>> changes);

    /** The path learned that {@code count} changes of this writer will never arrive. */
    void lost(int count);

    /** The writer's liveliness, as the path observes it (lease expiry, assertion). */
    void livelinessChanged(boolean alive);

    /**
     * Blocks until the reader may have room again after a {@link DeliveryResult#REJECTED}, or until
     * {@code deadlineNanoTime}; returns false on timeout or when the reader went away.
     */
    boolean awaitSpace(long deadlineNanoTime);
}
