package org.omg.dds.core.event;

import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.sub.DataReader;

/**
 * Reports that a data reader received samples but had to reject them because of its resource
 * limits. Delivered to
 * {@link org.omg.dds.sub.DataReaderListener#onSampleRejected(SampleRejectedEvent)}, or to the
 * corresponding callback of an enclosing entity's listener when the entity's own listener does not
 * handle this status.
 *
 * @param <TYPE> the data type of the data reader's topic
 */
public abstract class SampleRejectedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataReader}.
     *
     * @param dataReader the data reader whose status changed
     * @throws IllegalArgumentException if {@code dataReader} is {@code null}
     */
    protected SampleRejectedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract SampleRejectedStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract SampleRejectedEvent<TYPE> clone();
}
