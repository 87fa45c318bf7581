package org.omg.dds.core.event;

import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.sub.DataReader;

/**
 * Reports that a data reader did not receive an update of an instance within the deadline period
 * it requested. Delivered to
 * {@link org.omg.dds.sub.DataReaderListener#onRequestedDeadlineMissed(RequestedDeadlineMissedEvent)},
 * or to the corresponding callback of an enclosing entity's listener when the entity's own
 * listener does not handle this status.
 *
 * @param <TYPE> the data type of the data reader's topic
 */
public abstract class RequestedDeadlineMissedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataReader}.
     *
     * @param dataReader the data reader whose status changed
     * @throws IllegalArgumentException if {@code dataReader} is {@code null}
     */
    protected RequestedDeadlineMissedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract RequestedDeadlineMissedStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract RequestedDeadlineMissedEvent<TYPE> clone();
}
