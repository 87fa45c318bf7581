package org.omg.dds.core.event;

import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.sub.DataReader;

/**
 * Reports that a data writer matched with a data reader has become alive or not alive. Delivered
 * to {@link org.omg.dds.sub.DataReaderListener#onLivelinessChanged(LivelinessChangedEvent)}, or to
 * the corresponding callback of an enclosing entity's listener when the entity's own listener does
 * not handle this status.
 *
 * @param <TYPE> the data type of the data reader's topic
 */
public abstract class LivelinessChangedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataReader}.
     *
     * @param dataReader the data reader whose status changed
     * @throws IllegalArgumentException if {@code dataReader} is {@code null}
     */
    protected LivelinessChangedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract LivelinessChangedStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract LivelinessChangedEvent<TYPE> clone();
}
