package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/** TODO */
public abstract class LivelinessChangedStatus extends Status {

    /** TODO */
    public LivelinessChangedStatus() {
    }

    /** TODO */
    public abstract int getAliveCount();

    /** TODO */
    public abstract int getNotAliveCount();

    /** TODO */
    public abstract int getAliveCountChange();

    /** TODO */
    public abstract int getNotAliveCountChange();

    /** TODO */
    public abstract InstanceHandle getLastPublicationHandle();
}
