package org.omg.dds.core.event;

import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class SampleRejectedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected SampleRejectedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract SampleRejectedStatus getStatus();

    /** TODO */
    public abstract SampleRejectedEvent<TYPE> clone();
}
