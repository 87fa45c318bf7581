package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.TransportPriority;

/**
 * Sirocco's {@link TransportPriority}: a hint for the transport; any {@code int} is accepted and
 * higher means more urgent.
 */
public final class TransportPriorityPolicy implements TransportPriority {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int value;

    private TransportPriorityPolicy(ServiceEnvironment environment, int value) {
        this.environment = environment;
        this.value = value;
    }

    /** The policy with the given priority. */
    public static TransportPriorityPolicy of(ServiceEnvironment env, int priority) {
        return new TransportPriorityPolicy(Args.env(env), priority);
    }

    @Override
    public int getValue() {
        return value;
    }

    @Override
    public TransportPriorityPolicy withValue(int priority) {
        return new TransportPriorityPolicy(environment, priority);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransportPriorityPolicy that && value == that.value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return "TransportPriority[" + value + "]";
    }
}
