package io.sirocco.dcps.status;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicyCount;

/** The policy-count sets of the two incompatible-QoS statuses. */
final class PolicyCounts {
    private PolicyCounts() {
    }

    /** An unmodifiable copy of {@code policies}, with no null entry and at most one entry per class. */
    static Set<QosPolicyCount> copyOf(Set<? extends QosPolicyCount> policies) {
        StatusArgs.require(policies, "policies");
        Set<QosPolicyCount> copy = new LinkedHashSet<>();
        Set<Class<? extends QosPolicy>> seen = new HashSet<>();
        for (QosPolicyCount count : policies) {
            StatusArgs.require(count, "policies element");
            if (!seen.add(count.getPolicyClass())) {
                throw new IllegalArgumentException("policies holds " + count.getPolicyClass().getSimpleName()
                        + " more than once");
            }
            copy.add(count);
        }
        return Collections.unmodifiableSet(copy);
    }

    /** {@code policies} with the count of each of {@code incompatible} one higher. */
    static Set<QosPolicyCount> incremented(ServiceEnvironment env, Set<QosPolicyCount> policies,
            Collection<? extends Class<? extends QosPolicy>> incompatible) {
        Map<Class<? extends QosPolicy>, QosPolicyCount> byClass = new LinkedHashMap<>();
        for (QosPolicyCount count : policies) {
            byClass.put(count.getPolicyClass(), count);
        }
        for (Class<? extends QosPolicy> policyClass : incompatible) {
            StatusArgs.require(policyClass, "incompatible element");
            QosPolicyCount old = byClass.get(policyClass);
            int next = old == null ? 1 : StatusArgs.plus(old.getCount(), 1);
            byClass.put(policyClass, new QosPolicyCountSnapshot(env, policyClass, next));
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(byClass.values()));
    }

    /** The first of a non-empty collection of incompatible policy classes. */
    static Class<? extends QosPolicy> first(Collection<? extends Class<? extends QosPolicy>> incompatible) {
        StatusArgs.require(incompatible, "incompatible");
        if (incompatible.isEmpty()) {
            throw new IllegalArgumentException("incompatible must name at least one policy");
        }
        return StatusArgs.require(incompatible.iterator().next(), "incompatible element");
    }
}
