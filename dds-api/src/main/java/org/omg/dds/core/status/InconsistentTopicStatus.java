package org.omg.dds.core.status;

/** TODO */
public abstract class InconsistentTopicStatus extends Status {

    /** TODO */
    public InconsistentTopicStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();
}
