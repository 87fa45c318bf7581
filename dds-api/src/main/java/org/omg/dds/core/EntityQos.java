package org.omg.dds.core;

import java.io.Serializable;
import java.util.Map;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.QosPolicy;

/**
 * The complete set of QoS policies that configure one entity, seen as a read-only map from policy
 * class to policy. QoS objects are immutable: {@link #withPolicy(QosPolicy)} and
 * {@link #withPolicies(QosPolicy...)} return modified copies, which are then passed to
 * {@link Entity#setQos(EntityQos)} or to the entity's factory method.
 *
 * @param <P> the common type of the policies that apply to this kind of entity
 */
public interface EntityQos<P extends QosPolicy> extends Map<Class<? extends P>, P>, Serializable, DDSObject {

    /**
     * Returns the policy of the given class, with the same result as {@link #get(Object)} but
     * without a cast.
     *
     * @param <POLICY> the policy type
     * @param type the class of the policy wanted
     * @return the policy, or {@code null} if this kind of QoS has no policy of that class
     */
    <POLICY extends P> POLICY get(Class<POLICY> type);

    /**
     * Returns a copy of this QoS in which {@code policy} replaces the policy of the same class.
     *
     * @param policy the policy to put in the copy
     * @return the new QoS; this one is unchanged
     */
    EntityQos<P> withPolicy(P policy);

    /**
     * Returns a copy of this QoS in which each of {@code policies} replaces the policy of the same
     * class.
     *
     * @param policies the policies to put in the copy
     * @return the new QoS; this one is unchanged
     */
    EntityQos<P> withPolicies(P... policies);

    /** Returns the factory that creates policies of this implementation, with default values. */
    PolicyFactory getPolicyFactory();
}
