package org.omg.dds.core.event;

import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.pub.DataWriter;

/** TODO */
public abstract class OfferedDeadlineMissedEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /** TODO */
    protected OfferedDeadlineMissedEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** TODO */
    public abstract OfferedDeadlineMissedStatus getStatus();

    /** TODO */
    public abstract OfferedDeadlineMissedEvent<TYPE> clone();
}
