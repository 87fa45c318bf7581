package org.omg.dds.core.status;

/**
 * The status of a data reader that has received new data not yet read or taken. It has no counters; it
 * is reset when the application reads or takes from the reader. If the subscriber's listener handles
 * {@link DataOnReadersStatus}, that status is reported instead.
 */
public abstract class DataAvailableStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public DataAvailableStatus() {
    }
}
