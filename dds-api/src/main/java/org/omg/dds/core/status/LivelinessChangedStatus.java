package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/**
 * The status of a data reader about the liveliness of the data writers it is matched with: how many
 * are alive, that is asserting their liveliness as their QoS requires, and how many are not.
 */
public abstract class LivelinessChangedStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public LivelinessChangedStatus() {
    }

    /** Returns the number of matched data writers currently alive. */
    public abstract int getAliveCount();

    /** Returns the number of matched data writers currently not alive. */
    public abstract int getNotAliveCount();

    /**
     * Returns how much {@link #getAliveCount()} has changed since this status was last read; it may be
     * negative.
     */
    public abstract int getAliveCountChange();

    /**
     * Returns how much {@link #getNotAliveCount()} has changed since this status was last read; it may
     * be negative.
     */
    public abstract int getNotAliveCountChange();

    /** Returns the handle of the last data writer whose liveliness changed. */
    public abstract InstanceHandle getLastPublicationHandle();
}
