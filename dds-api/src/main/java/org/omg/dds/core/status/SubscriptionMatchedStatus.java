package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/** TODO */
public abstract class SubscriptionMatchedStatus extends Status {

    /** TODO */
    public SubscriptionMatchedStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();

    /** TODO */
    public abstract int getCurrentCount();

    /** TODO */
    public abstract int getCurrentCountChange();

    /** TODO */
    public abstract InstanceHandle getLastPublicationHandle();
}
