package io.sirocco.dcps.spi;

/** What a reader did with a change a path delivered to it. */
public enum DeliveryResult {
    /** Stored (or legitimately filtered: content filter, time-based filter, ownership, order). */
    ACCEPTED,
    /** Rejected by the reader's resource limits; a reliable path should offer it again later. */
    REJECTED,
    /** Already seen (duplicate or older than what was delivered from that writer). */
    DUPLICATE,
    /** The reader is closed or no longer matched. */
    GONE
}
