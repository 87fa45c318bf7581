package io.sirocco.dcps.spi;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.type.TypeCodec;
import java.util.function.Consumer;

/**
 * A data writer of this JVM, as paths see it. Paths announce it, find readers for it, and call
 * {@link #matchReader} for each; DCPS decides whether they match (topic, type, partitions, QoS,
 * ignore lists) and keeps the statuses.
 *
 * @param <T> the sample type
 */
public interface LocalWriter<T> {

    Guid guid();

    /** The writer's current description (its QoS may change while enabled). */
    WriterDescription description();

    TypeCodec<T> codec();

    /** Matches {@code reader} if compatible and returns the handle for acknowledgements, else null. */
    MatchedReader matchReader(ReaderDescription reader);

    /** The reader went away (or stopped matching). */
    void unmatchReader(Guid reader);

    /**
     * Calls {@code consumer} (if not null) with every change in the writer's history, in sequence
     * order, then runs {@code afterwards}, all while holding the writer's lock: no change is recycled
     * meanwhile and no new change is published in between, so a path can bring a late joiner up to
     * date (TRANSIENT_LOCAL) and start live delivery without a gap or a duplicate.
     */
    void replayHistory(Consumer<WriterChange<T>> consumer, Runnable afterwards);

    /** The highest sequence number written so far, 0 when none. */
    long lastSequenceNumber();
}
