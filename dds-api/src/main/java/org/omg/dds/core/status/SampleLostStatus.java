package org.omg.dds.core.status;

/**
 * The status of a data reader that lost samples, which were published but will never be received.
 */
public abstract class SampleLostStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public SampleLostStatus() {
    }

    /** Returns the total number of samples lost, over all instances. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();
}
