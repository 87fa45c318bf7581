package org.omg.dds.core.event;

import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class RequestedIncompatibleQosEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected RequestedIncompatibleQosEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract RequestedIncompatibleQosStatus getStatus();

    /** TODO */
    public abstract RequestedIncompatibleQosEvent<TYPE> clone();
}
