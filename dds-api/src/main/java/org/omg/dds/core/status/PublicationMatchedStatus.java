package org.omg.dds.core.status;

import org.omg.dds.core.InstanceHandle;

/** TODO */
public abstract class PublicationMatchedStatus extends Status {

    /** TODO */
    public PublicationMatchedStatus() {
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
    public abstract InstanceHandle getLastSubscriptionHandle();
}
