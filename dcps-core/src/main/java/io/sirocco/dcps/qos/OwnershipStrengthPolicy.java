package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.OwnershipStrength;

/** Sirocco's {@link OwnershipStrength}. Any {@code int} is a valid strength, negative ones included. */
public final class OwnershipStrengthPolicy implements OwnershipStrength {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int value;

    private OwnershipStrengthPolicy(ServiceEnvironment environment, int value) {
        this.environment = environment;
        this.value = value;
    }

    /** The policy with the given strength. */
    public static OwnershipStrengthPolicy of(ServiceEnvironment env, int strength) {
        return new OwnershipStrengthPolicy(Args.env(env), strength);
    }

    @Override
    public int getValue() {
        return value;
    }

    @Override
    public OwnershipStrengthPolicy withValue(int strength) {
        return new OwnershipStrengthPolicy(environment, strength);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnershipStrengthPolicy that && value == that.value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    @Override
    public String toString() {
        return "OwnershipStrength[" + value + "]";
    }
}
