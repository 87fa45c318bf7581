package org.omg.dds.core.event;

import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.pub.DataWriter;

/** TODO */
public abstract class OfferedIncompatibleQosEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /** TODO */
    protected OfferedIncompatibleQosEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** TODO */
    public abstract OfferedIncompatibleQosStatus getStatus();

    /** TODO */
    public abstract OfferedIncompatibleQosEvent<TYPE> clone();
}
