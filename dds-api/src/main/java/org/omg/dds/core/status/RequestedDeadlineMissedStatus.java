package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/**
 * The status of a data reader that did not receive an update of an instance within the deadline period
 * of its deadline policy.
 */
public abstract class RequestedDeadlineMissedStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public RequestedDeadlineMissedStatus() {
    }

    /** Returns the total number of deadlines missed, counting each instance separately. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();

    /** Returns the handle of the last instance whose deadline was missed. */
    public abstract InstanceHandle getLastInstanceHandle();
}
