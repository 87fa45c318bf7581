package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/** TODO */
public abstract class RequestedDeadlineMissedStatus extends Status {

    /** TODO */
    public RequestedDeadlineMissedStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();

    /** TODO */
    public abstract InstanceHandle getLastInstanceHandle();
}
