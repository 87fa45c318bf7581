package org.omg.dds.core.event;

import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class SubscriptionMatchedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected SubscriptionMatchedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract SubscriptionMatchedStatus getStatus();

    /** TODO */
    public abstract SubscriptionMatchedEvent<TYPE> clone();
}
