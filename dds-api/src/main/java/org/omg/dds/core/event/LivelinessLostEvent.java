package org.omg.dds.core.event;

import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.pub.DataWriter;

/** TODO */
public abstract class LivelinessLostEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /** TODO */
    protected LivelinessLostEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** TODO */
    public abstract LivelinessLostStatus getStatus();

    /** TODO */
    public abstract LivelinessLostEvent<TYPE> clone();
}
