package org.omg.dds.core.status;

/**
 * The status of a data writer that failed to assert its liveliness within the lease duration of its
 * liveliness policy, so that matched readers consider it not alive.
 */
public abstract class LivelinessLostStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public LivelinessLostStatus() {
    }

    /** Returns the total number of times the data writer became not alive. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();
}
