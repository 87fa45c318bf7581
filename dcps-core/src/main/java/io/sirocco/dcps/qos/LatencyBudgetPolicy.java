package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.LatencyBudget;

/**
 * Sirocco's {@link LatencyBudget}. A smaller budget is the stronger offer, so {@link #compareTo}
 * orders by strength (greater when the duration is shorter), which is also the requested/offered
 * contract: the offered budget must not exceed the requested one.
 */
public final class LatencyBudgetPolicy implements LatencyBudget {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final NanoDuration duration;

    private LatencyBudgetPolicy(ServiceEnvironment environment, NanoDuration duration) {
        this.environment = environment;
        this.duration = duration;
    }

    /** The policy with the given budget. */
    public static LatencyBudgetPolicy of(ServiceEnvironment env, Duration duration) {
        return new LatencyBudgetPolicy(Args.env(env), Args.duration(env, duration, "duration"));
    }

    @Override
    public NanoDuration getDuration() {
        return duration;
    }

    @Override
    public LatencyBudgetPolicy withDuration(Duration newDuration) {
        return new LatencyBudgetPolicy(environment, Args.duration(environment, newDuration, "duration"));
    }

    @Override
    public LatencyBudgetPolicy withDuration(long amount, TimeUnit unit) {
        return new LatencyBudgetPolicy(environment, Args.duration(environment, amount, unit, "duration"));
    }

    /** Positive when this budget is shorter (stronger) than the other's. */
    @Override
    public int compareTo(LatencyBudget other) {
        return Long.compare(NanoDuration.nanosOf(Args.require(other, "other").getDuration()), duration.nanos());
    }

    @Override
    public Comparable<LatencyBudget> requestedOfferedContract() {
        return this;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LatencyBudgetPolicy that && duration.equals(that.duration);
    }

    @Override
    public int hashCode() {
        return duration.hashCode();
    }

    @Override
    public String toString() {
        return "LatencyBudget[duration=" + duration + "]";
    }
}
