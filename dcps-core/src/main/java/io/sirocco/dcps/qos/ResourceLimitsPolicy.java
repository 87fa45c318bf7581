package io.sirocco.dcps.qos;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.ResourceLimits;

/**
 * Sirocco's {@link ResourceLimits}. Each limit is zero, positive or {@link #LENGTH_UNLIMITED};
 * how the limits relate to each other and to the history is checked by {@link QosRules}.
 */
public final class ResourceLimitsPolicy implements ResourceLimits {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int maxSamples;
    private final int maxInstances;
    private final int maxSamplesPerInstance;

    private ResourceLimitsPolicy(ServiceEnvironment environment, int maxSamples, int maxInstances,
            int maxSamplesPerInstance) {
        this.environment = environment;
        this.maxSamples = Args.limit(maxSamples, "maxSamples");
        this.maxInstances = Args.limit(maxInstances, "maxInstances");
        this.maxSamplesPerInstance = Args.limit(maxSamplesPerInstance, "maxSamplesPerInstance");
    }

    /** The policy with the given limits. */
    public static ResourceLimitsPolicy of(ServiceEnvironment env, int maxSamples, int maxInstances,
            int maxSamplesPerInstance) {
        return new ResourceLimitsPolicy(Args.env(env), maxSamples, maxInstances, maxSamplesPerInstance);
    }

    /** The policy with all three limits unlimited. */
    public static ResourceLimitsPolicy unlimited(ServiceEnvironment env) {
        return of(env, LENGTH_UNLIMITED, LENGTH_UNLIMITED, LENGTH_UNLIMITED);
    }

    @Override
    public int getMaxSamples() {
        return maxSamples;
    }

    @Override
    public int getMaxInstances() {
        return maxInstances;
    }

    @Override
    public int getMaxSamplesPerInstance() {
        return maxSamplesPerInstance;
    }

    @Override
    public ResourceLimitsPolicy withMaxSamples(int newMaxSamples) {
        return new ResourceLimitsPolicy(environment, newMaxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public ResourceLimitsPolicy withMaxInstances(int newMaxInstances) {
        return new ResourceLimitsPolicy(environment, maxSamples, newMaxInstances, maxSamplesPerInstance);
    }

    @Override
    public ResourceLimitsPolicy withMaxSamplesPerInstance(int newMaxSamplesPerInstance) {
        return new ResourceLimitsPolicy(environment, maxSamples, maxInstances, newMaxSamplesPerInstance);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceLimitsPolicy that && maxSamples == that.maxSamples
                && maxInstances == that.maxInstances && maxSamplesPerInstance == that.maxSamplesPerInstance;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public String toString() {
        return "ResourceLimits[maxSamples=" + maxSamples + ", maxInstances=" + maxInstances
                + ", maxSamplesPerInstance=" + maxSamplesPerInstance + "]";
    }
}
