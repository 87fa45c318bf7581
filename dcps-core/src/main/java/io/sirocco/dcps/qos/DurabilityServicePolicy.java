package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.History;

/**
 * Sirocco's {@link DurabilityService}: the history and limits of the store that keeps
 * {@code TRANSIENT} and {@code PERSISTENT} data. Depth and limits follow the same argument rules as
 * {@link HistoryPolicy} and {@link ResourceLimitsPolicy}; their consistency is checked by
 * {@link QosRules}.
 */
public final class DurabilityServicePolicy implements DurabilityService {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final NanoDuration serviceCleanupDelay;
    private final History.Kind historyKind;
    private final int historyDepth;
    private final int maxSamples;
    private final int maxInstances;
    private final int maxSamplesPerInstance;

    private DurabilityServicePolicy(ServiceEnvironment environment, NanoDuration serviceCleanupDelay,
            History.Kind historyKind, int historyDepth, int maxSamples, int maxInstances,
            int maxSamplesPerInstance) {
        this.environment = environment;
        this.serviceCleanupDelay = serviceCleanupDelay;
        this.historyKind = Args.require(historyKind, "historyKind");
        this.historyDepth = Args.limit(historyDepth, "historyDepth");
        this.maxSamples = Args.limit(maxSamples, "maxSamples");
        this.maxInstances = Args.limit(maxInstances, "maxInstances");
        this.maxSamplesPerInstance = Args.limit(maxSamplesPerInstance, "maxSamplesPerInstance");
    }

    /** The policy with the given values. */
    public static DurabilityServicePolicy of(ServiceEnvironment env, Duration serviceCleanupDelay,
            History.Kind historyKind, int historyDepth, int maxSamples, int maxInstances,
            int maxSamplesPerInstance) {
        Args.env(env);
        return new DurabilityServicePolicy(env, Args.duration(env, serviceCleanupDelay, "serviceCleanupDelay"),
                historyKind, historyDepth, maxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public NanoDuration getServiceCleanupDelay() {
        return serviceCleanupDelay;
    }

    @Override
    public History.Kind getHistoryKind() {
        return historyKind;
    }

    @Override
    public int getHistoryDepth() {
        return historyDepth;
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
    public DurabilityServicePolicy withServiceCleanupDelay(Duration delay) {
        return new DurabilityServicePolicy(environment, Args.duration(environment, delay, "serviceCleanupDelay"),
                historyKind, historyDepth, maxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public DurabilityServicePolicy withServiceCleanupDelay(long amount, TimeUnit unit) {
        return new DurabilityServicePolicy(environment,
                Args.duration(environment, amount, unit, "serviceCleanupDelay"),
                historyKind, historyDepth, maxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public DurabilityServicePolicy withHistoryKind(History.Kind kind) {
        return new DurabilityServicePolicy(environment, serviceCleanupDelay, kind, historyDepth,
                maxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public DurabilityServicePolicy withHistoryDepth(int depth) {
        return new DurabilityServicePolicy(environment, serviceCleanupDelay, historyKind, depth,
                maxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public DurabilityServicePolicy withMaxSamples(int newMaxSamples) {
        return new DurabilityServicePolicy(environment, serviceCleanupDelay, historyKind, historyDepth,
                newMaxSamples, maxInstances, maxSamplesPerInstance);
    }

    @Override
    public DurabilityServicePolicy withMaxInstances(int newMaxInstances) {
        return new DurabilityServicePolicy(environment, serviceCleanupDelay, historyKind, historyDepth,
                maxSamples, newMaxInstances, maxSamplesPerInstance);
    }

    @Override
    public DurabilityServicePolicy withMaxSamplesPerInstance(int newMaxSamplesPerInstance) {
        return new DurabilityServicePolicy(environment, serviceCleanupDelay, historyKind, historyDepth,
                maxSamples, maxInstances, newMaxSamplesPerInstance);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurabilityServicePolicy that
                && serviceCleanupDelay.equals(that.serviceCleanupDelay) && historyKind == that.historyKind
                && historyDepth == that.historyDepth && maxSamples == that.maxSamples
                && maxInstances == that.maxInstances && maxSamplesPerInstance == that.maxSamplesPerInstance;
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceCleanupDelay, historyKind, historyDepth, maxSamples, maxInstances,
                maxSamplesPerInstance);
    }

    @Override
    public String toString() {
        return "DurabilityService[serviceCleanupDelay=" + serviceCleanupDelay + ", " + historyKind
                + ", historyDepth=" + historyDepth + ", maxSamples=" + maxSamples + ", maxInstances="
                + maxInstances + ", maxSamplesPerInstance=" + maxSamplesPerInstance + "]";
    }
}
