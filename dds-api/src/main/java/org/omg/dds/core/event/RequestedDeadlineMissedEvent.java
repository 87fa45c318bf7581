package org.omg.dds.core.event;

import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class RequestedDeadlineMissedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected RequestedDeadlineMissedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract RequestedDeadlineMissedStatus getStatus();

    /** TODO */
    public abstract RequestedDeadlineMissedEvent<TYPE> clone();
}
