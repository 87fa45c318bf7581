package org.omg.dds.core.event;

import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.sub.Subscriber;

/** TODO */
public abstract class DataOnReadersEvent extends StatusChangedEvent<Subscriber> {

    /** TODO */
    protected DataOnReadersEvent(Subscriber subscriber) {
        super(subscriber);
    }

    /** TODO */
    public abstract DataOnReadersStatus getStatus();

    /** TODO */
    public abstract DataOnReadersEvent clone();
}
