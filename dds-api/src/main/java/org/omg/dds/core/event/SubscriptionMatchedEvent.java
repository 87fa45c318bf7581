package org.omg.dds.core.event;

import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.sub.DataReader;

/**
 * Reports that a data reader started or stopped being matched with a compatible data writer.
 * Delivered to
 * {@link org.omg.dds.sub.DataReaderListener#onSubscriptionMatched(SubscriptionMatchedEvent)}, or
 * to the corresponding callback of an enclosing entity's listener when the entity's own listener
 * does not handle this status.
 *
 * @param <TYPE> the data type of the data reader's topic
 */
public abstract class SubscriptionMatchedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /**
     * Creates an event for a status change of {@code dataReader}.
     *
     * @param dataReader the data reader whose status changed
     * @throws IllegalArgumentException if {@code dataReader} is {@code null}
     */
    protected SubscriptionMatchedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract SubscriptionMatchedStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract SubscriptionMatchedEvent<TYPE> clone();
}
