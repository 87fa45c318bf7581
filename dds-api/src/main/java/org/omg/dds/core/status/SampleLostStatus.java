package org.omg.dds.core.status;

/** TODO */
public abstract class SampleLostStatus extends Status {

    /** TODO */
    public SampleLostStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();
}
