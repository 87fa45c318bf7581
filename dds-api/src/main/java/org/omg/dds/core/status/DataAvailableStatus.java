package org.omg.dds.core.status;

/** TODO */
public abstract class DataAvailableStatus extends Status {

    /** TODO */
    public DataAvailableStatus() {
    }
}
