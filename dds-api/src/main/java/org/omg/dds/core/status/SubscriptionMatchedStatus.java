package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/**
 * The status of a data reader about the data writers it is matched with, that is compatible writers of
 * its topic that it receives data from.
 */
public abstract class SubscriptionMatchedStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public SubscriptionMatchedStatus() {
    }

    /** Returns the total number of data writers ever matched with the data reader. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();

    /** Returns the number of data writers currently matched with the data reader. */
    public abstract int getCurrentCount();

    /**
     * Returns how much {@link #getCurrentCount()} has changed since this status was last read; it may
     * be negative.
     */
    public abstract int getCurrentCountChange();

    /** Returns the handle of the last data writer whose match with the data reader changed. */
    public abstract InstanceHandle getLastPublicationHandle();
}
