package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/** TODO */
public abstract class OfferedDeadlineMissedStatus extends Status {

    /** TODO */
    public OfferedDeadlineMissedStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();

    /** TODO */
    public abstract InstanceHandle getLastInstanceHandle();
}
