package org.omg.dds.core.status;

/** TODO */
public abstract class LivelinessLostStatus extends Status {

    /** TODO */
    public LivelinessLostStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();
}
