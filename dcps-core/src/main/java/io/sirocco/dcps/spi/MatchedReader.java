package io.sirocco.dcps.spi;

/**
 * A writer's view of one matched reader, returned by {@link LocalWriter#matchReader}: the path
 * reports acknowledgements through it, which drive {@code waitForAcknowledgments} and the
 * release of KEEP_ALL history.
 */
public interface MatchedReader {

    /** The reader, as described when it was matched. */
    ReaderDescription description();

    /** The reader has every change up to and including {@code sequenceNumber}. */
    void acknowledged(long sequenceNumber);
}
