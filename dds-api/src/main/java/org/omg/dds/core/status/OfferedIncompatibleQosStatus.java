package org.omg.dds.core.status;

import java.util.Set;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicyCount;

/** TODO */
public abstract class OfferedIncompatibleQosStatus extends Status {

    /** TODO */
    public OfferedIncompatibleQosStatus() {
    }

    /** TODO */
    public abstract int getTotalCount();

    /** TODO */
    public abstract int getTotalCountChange();

    /** TODO */
    public abstract Class<? extends QosPolicy> getLastPolicyClass();

    /** TODO */
    public abstract Set<QosPolicyCount> getPolicies();
}
