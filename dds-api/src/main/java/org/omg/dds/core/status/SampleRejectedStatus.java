package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/**
 * The status of a data reader that received samples but had to reject them because accepting them
 * would exceed its resource limits.
 */
public abstract class SampleRejectedStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public SampleRejectedStatus() {
    }

    /** Returns the total number of samples rejected. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();

    /** Returns why the last sample was rejected. */
    public abstract SampleRejectedStatus.Kind getLastReason();

    /** Returns the handle of the instance of the last rejected sample. */
    public abstract InstanceHandle getLastInstanceHandle();

    /** The reasons for rejecting a sample, each naming the resource limit that would have been exceeded. */
    public static enum Kind {
        /** No sample has been rejected. */
        NOT_REJECTED,
        /** Accepting the sample would have exceeded the maximum number of instances. */
        REJECTED_BY_INSTANCES_LIMIT,
        /** Accepting the sample would have exceeded the maximum number of samples. */
        REJECTED_BY_SAMPLES_LIMIT,
        /** Accepting the sample would have exceeded the maximum number of samples of one instance. */
        REJECTED_BY_SAMPLES_PER_INSTANCE_LIMIT;

    }
}
