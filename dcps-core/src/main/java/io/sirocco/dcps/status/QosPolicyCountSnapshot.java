package io.sirocco.dcps.status;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicyCount;

/** One immutable entry of an incompatible-QoS status: a policy class and how often it did not match. */
public final class QosPolicyCountSnapshot implements QosPolicyCount {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Class<? extends QosPolicy> policyClass;
    private final int count;

    public QosPolicyCountSnapshot(ServiceEnvironment environment, Class<? extends QosPolicy> policyClass,
            int count) {
        this.environment = StatusArgs.env(environment);
        this.policyClass = StatusArgs.require(policyClass, "policyClass");
        this.count = StatusArgs.nonNegative(count, "count");
    }

    @Override
    public Class<? extends QosPolicy> getPolicyClass() {
        return policyClass;
    }

    @Override
    public int getCount() {
        return count;
    }

    /** This entry with the count one higher. */
    public QosPolicyCountSnapshot incremented() {
        return new QosPolicyCountSnapshot(environment, policyClass, StatusArgs.plus(count, 1));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QosPolicyCountSnapshot that && policyClass == that.policyClass
                && count == that.count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(policyClass, count);
    }

    @Override
    public String toString() {
        return policyClass.getSimpleName() + "=" + count;
    }
}
