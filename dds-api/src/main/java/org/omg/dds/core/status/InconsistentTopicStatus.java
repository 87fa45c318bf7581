package org.omg.dds.core.status;

/**
 * The status of a topic for which another topic with the same name but different characteristics, such
 * as its data type, has been discovered.
 */
public abstract class InconsistentTopicStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public InconsistentTopicStatus() {
    }

    /** Returns the total number of inconsistent topics discovered with this topic's name. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();
}
