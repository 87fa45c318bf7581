package org.omg.dds.core.policy;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/**
 * One entry of an incompatible-QoS status: a policy class together with how many times a
 * requested/offered mismatch of that policy was found when matching a reader with a writer.
 *
 * @see org.omg.dds.core.status.OfferedIncompatibleQosStatus
 * @see org.omg.dds.core.status.RequestedIncompatibleQosStatus
 */
public interface QosPolicyCount extends Serializable, DDSObject {

    /** Returns the policy interface (for example {@code Reliability.class}) this entry counts. */
    Class<? extends QosPolicy> getPolicyClass();

    /** Returns how many times the policy was found incompatible. */
    int getCount();
}
