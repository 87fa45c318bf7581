package org.omg.dds.core.event;

import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class SampleLostEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected SampleLostEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract SampleLostStatus getStatus();

    /** TODO */
    public abstract SampleLostEvent<TYPE> clone();
}
