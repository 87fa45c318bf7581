package org.omg.dds.core.policy;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface QosPolicyCount extends Serializable, DDSObject {

    /** TODO */
    Class<? extends QosPolicy> getPolicyClass();

    /** TODO */
    int getCount();
}
