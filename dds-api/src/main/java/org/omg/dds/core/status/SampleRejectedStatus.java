package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/** TODO */
public abstract class SampleRejectedStatus extends Status {

    /** TODO */
    public SampleRejectedStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();

    /** TODO */
    public abstract SampleRejectedStatus.Kind getLastReason();

    /** TODO */
    public abstract InstanceHandle getLastInstanceHandle();

    /** TODO */
    public static enum Kind {
        NOT_REJECTED,
        REJECTED_BY_INSTANCES_LIMIT,
        REJECTED_BY_SAMPLES_LIMIT,
        REJECTED_BY_SAMPLES_PER_INSTANCE_LIMIT;

    }
}
