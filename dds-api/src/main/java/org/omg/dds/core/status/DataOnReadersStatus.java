package org.omg.dds.core.status;

/** TODO */
public abstract class DataOnReadersStatus extends Status {

    /** TODO */
    public DataOnReadersStatus() {
    }
}
