package org.omg.dds.core.event;

import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.sub.Subscriber;

/**
 * Reports that new data can be read from at least one data reader of a subscriber. Delivered to
 * {@link org.omg.dds.sub.SubscriberListener#onDataOnReaders(DataOnReadersEvent)}, or to the
 * corresponding callback of an enclosing entity's listener when the entity's own listener does not
 * handle this status.
 */
public abstract class DataOnReadersEvent extends StatusChangedEvent<Subscriber> {

    /**
     * Creates an event for a status change of {@code subscriber}.
     *
     * @param subscriber the subscriber whose status changed
     * @throws IllegalArgumentException if {@code subscriber} is {@code null}
     */
    protected DataOnReadersEvent(Subscriber subscriber) {
        super(subscriber);
    }

    /** Returns a snapshot of the status at the time of the change. */
    public abstract DataOnReadersStatus getStatus();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract DataOnReadersEvent clone();
}
