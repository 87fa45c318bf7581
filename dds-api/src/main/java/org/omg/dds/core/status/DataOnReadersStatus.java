package org.omg.dds.core.status;

/**
 * The status of a subscriber at least one of whose data readers has received new data. It has no
 * counters; it is reset when the application reads or takes from one of those readers.
 */
public abstract class DataOnReadersStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public DataOnReadersStatus() {
    }
}
