package org.omg.dds.core.status;

import java.util.Set;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicyCount;

/**
 * The status of a data writer that discovered data readers of its topic whose requested QoS its
 * offered QoS cannot satisfy, so that they could not be matched.
 */
public abstract class OfferedIncompatibleQosStatus extends Status {

    /** For implementations only; applications obtain statuses from entities and events. */
    public OfferedIncompatibleQosStatus() {
    }

    /** Returns the total number of data readers found to be incompatible. */
    public abstract int getTotalCount();

    /** Returns how much {@link #getTotalCount()} has grown since this status was last read. */
    public abstract int getTotalCountChange();

    /**
     * Returns the class of one of the policies found incompatible the last time a data reader was
     * rejected.
     */
    public abstract Class<? extends QosPolicy> getLastPolicyClass();

    /** Returns, for each policy, how many times it was found incompatible. */
    public abstract Set<QosPolicyCount> getPolicies();
}
