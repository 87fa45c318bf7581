package io.sirocco.dcps.spi;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.type.TypeCodec;

/**
 * A data reader of this JVM, as paths see it.
 *
 * @param <T> the sample type
 */
public interface LocalReader<T> {

    Guid guid();

    /** The reader's current description. */
    ReaderDescription description();

    TypeCodec<T> codec();

    /** Matches {@code writer} if compatible and returns the delivery channel, else null. */
    MatchedWriter<T> matchWriter(WriterDescription writer);

    /** The writer went away (or stopped matching). */
    void unmatchWriter(Guid writer);
}
