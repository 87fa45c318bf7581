package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/**
 * The status of a data writer that failed to write an instance within the deadline period of its
 * deadline policy.
 */
public abstract class OfferedDeadlineMissedStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public OfferedDeadlineMissedStatus() {
    }

    /** Returns the total number of deadlines missed, counting each instance separately. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();

    /** Returns the handle of the last instance whose deadline was missed. */
    public abstract InstanceHandle getLastInstanceHandle();
}
