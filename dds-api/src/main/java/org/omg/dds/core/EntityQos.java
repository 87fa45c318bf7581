package org.omg.dds.core;

import java.io.Serializable;
import java.util.Map;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.QosPolicy;

/** TODO */
public interface EntityQos<P extends QosPolicy> extends Map<Class<? extends P>, P>, Serializable, DDSObject {

    /** TODO */
    <POLICY extends P> POLICY get(Class<POLICY> type);

    /** TODO */
    EntityQos<P> withPolicy(P value);

    /** TODO */
    EntityQos<P> withPolicies(P... value);

    /** TODO */
    PolicyFactory getPolicyFactory();
}
