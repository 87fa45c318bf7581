package io.sirocco.dcps.status;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicyCount;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;

/**
 * An immutable {@link RequestedIncompatibleQosStatus}: the writers a reader could not be matched
 * with because their offered QoS does not satisfy what it requests. The last policy class is {@code null}
 * until the first incompatibility, as there is no policy to name then; the policy counts are an
 * unmodifiable set with one entry per policy class.
 */
public final class RequestedIncompatibleQosSnapshot extends RequestedIncompatibleQosStatus {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int totalCount;
    private final int totalCountChange;
    private final Class<? extends QosPolicy> lastPolicyClass;
    private final Set<QosPolicyCount> policies;

    public RequestedIncompatibleQosSnapshot(ServiceEnvironment environment, int totalCount, int totalCountChange,
            Class<? extends QosPolicy> lastPolicyClass, Set<? extends QosPolicyCount> policies) {
        this.environment = StatusArgs.env(environment);
        this.totalCount = StatusArgs.nonNegative(totalCount, "totalCount");
        this.totalCountChange = StatusArgs.nonNegative(totalCountChange, "totalCountChange");
        this.lastPolicyClass = lastPolicyClass;
        this.policies = PolicyCounts.copyOf(policies);
    }

    /** No incompatible writer found yet. */
    public static RequestedIncompatibleQosSnapshot initial(ServiceEnvironment environment) {
        return new RequestedIncompatibleQosSnapshot(environment, 0, 0, null, Set.of());
    }

    @Override
    public int getTotalCount() {
        return totalCount;
    }

    @Override
    public int getTotalCountChange() {
        return totalCountChange;
    }

    /** One of the policies found incompatible last time, or {@code null} before any. */
    @Override
    public Class<? extends QosPolicy> getLastPolicyClass() {
        return lastPolicyClass;
    }

    /** The counts per policy class, unmodifiable. */
    @Override
    public Set<QosPolicyCount> getPolicies() {
        return policies;
    }

    /**
     * The status after one more writer was found incompatible on {@code incompatible} (as returned by
     * {@code QosMatching.incompatiblePolicies}, not empty); the first of them becomes the last policy.
     */
    public RequestedIncompatibleQosSnapshot incompatible(
            Collection<? extends Class<? extends QosPolicy>> incompatible) {
        Class<? extends QosPolicy> last = PolicyCounts.first(incompatible);
        return new RequestedIncompatibleQosSnapshot(environment, StatusArgs.plus(totalCount, 1),
                StatusArgs.plus(totalCountChange, 1), last,
                PolicyCounts.incremented(environment, policies, incompatible));
    }

    /** The status once the application has read it: the same counts, no change. */
    public RequestedIncompatibleQosSnapshot resetChanges() {
        return new RequestedIncompatibleQosSnapshot(environment, totalCount, 0, lastPolicyClass, policies);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestedIncompatibleQosSnapshot that && totalCount == that.totalCount
                && totalCountChange == that.totalCountChange && lastPolicyClass == that.lastPolicyClass
                && policies.equals(that.policies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(totalCount, totalCountChange, lastPolicyClass, policies);
    }

    @Override
    public String toString() {
        return "RequestedIncompatibleQos[totalCount=" + totalCount + ", totalCountChange=" + totalCountChange
                + ", lastPolicyClass=" + (lastPolicyClass == null ? "none" : lastPolicyClass.getSimpleName())
                + ", policies=" + policies + "]";
    }
}
