package org.omg.dds.core.event;

import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.sub.DataReader;

/** TODO */
public abstract class LivelinessChangedEvent<TYPE> extends StatusChangedEvent<DataReader<TYPE>> {

    /** TODO */
    protected LivelinessChangedEvent(DataReader<TYPE> dataReader) {
        super(dataReader);
    }

    /** TODO */
    public abstract LivelinessChangedStatus getStatus();

    /** TODO */
    public abstract LivelinessChangedEvent<TYPE> clone();
}
