package org.omg.dds.core.event;

import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class DataAvailableEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected DataAvailableEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract DataAvailableStatus getStatus();

    /** TODO */
    public abstract DataAvailableEvent<TYPE> clone();
}
