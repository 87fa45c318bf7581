package org.omg.dds.core.event;

import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.sub.DataReader;

/**
 * Reports that a data reader lost samples that were published but never reached it. Delivered to
 * {@link org.omg.dds.sub.DataReaderListener#onSampleLost(SampleLostEvent)}, or to the
 * corresponding callback of an enclosing entity's listener when the entity's own listener does not
 * handle this status.
 *
 * @param <TYPE> the data type of the data reader's topic
 */
public abstract class SampleLostEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataReader}.
     *
     * @param dataReader the data reader whose status changed
     * @throws IllegalArgumentException if {@code dataReader} is {@code null}
     */
    protected SampleLostEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract SampleLostStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract SampleLostEvent<TYPE> clone();
}
