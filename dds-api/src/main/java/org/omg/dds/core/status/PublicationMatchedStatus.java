package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/**
 * The status of a data writer about the data readers it is matched with, that is compatible readers of
 * its topic that it sends data to.
 */
public abstract class PublicationMatchedStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public PublicationMatchedStatus() {
    }

    /** Returns the total number of data readers ever matched with the data writer. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();

    /** Returns the number of data readers currently matched with the data writer. */
    public abstract int getCurrentCount();

    /**
     * Returns how much {@link #getCurrentCount()} has changed since this status was last read; it may
     * be negative.
     */
    public abstract int getCurrentCountChange();

    /** Returns the handle of the last data reader whose match with the data writer changed. */
    public abstract InstanceHandle getLastSubscriptionHandle();
}
