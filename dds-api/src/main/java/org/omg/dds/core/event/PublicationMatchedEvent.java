package org.omg.dds.core.event;

import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.pub.DataWriter;

/** TODO */
public abstract class PublicationMatchedEvent<TYPE> extends StatusChangedEvent<DataWriter<TYPE>> {

    /** TODO */
    protected PublicationMatchedEvent(DataWriter<TYPE> dataWriter) {
        super(dataWriter);
    }

    /** TODO */
    public abstract PublicationMatchedStatus getStatus();

    /** TODO */
    public abstract PublicationMatchedEvent<TYPE> clone();
}
