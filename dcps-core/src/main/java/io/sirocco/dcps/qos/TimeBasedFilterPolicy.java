package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.TimeBasedFilter;

/**
 * Sirocco's {@link TimeBasedFilter}: the least time between two samples of an instance that a reader
 * wants; zero by default (no filtering).
 */
public final class TimeBasedFilterPolicy implements TimeBasedFilter {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final NanoDuration minimumSeparation;

    private TimeBasedFilterPolicy(ServiceEnvironment environment, NanoDuration minimumSeparation) {
        this.environment = environment;
        this.minimumSeparation = minimumSeparation;
    }

    /** The policy with the given duration. */
    public static TimeBasedFilterPolicy of(ServiceEnvironment env, Duration minimumSeparation) {
        return new TimeBasedFilterPolicy(Args.env(env),
                Args.duration(env, minimumSeparation, "minimumSeparation"));
    }

    @Override
    public NanoDuration getMinimumSeparation() {
        return minimumSeparation;
    }

    @Override
    public TimeBasedFilterPolicy withMinimumSeparation(Duration value) {
        return new TimeBasedFilterPolicy(environment, Args.duration(environment, value, "minimumSeparation"));
    }

    @Override
    public TimeBasedFilterPolicy withMinimumSeparation(long amount, TimeUnit unit) {
        return new TimeBasedFilterPolicy(environment,
                Args.duration(environment, amount, unit, "minimumSeparation"));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TimeBasedFilterPolicy that && minimumSeparation.equals(that.minimumSeparation);
    }

    @Override
    public int hashCode() {
        return minimumSeparation.hashCode();
    }

    @Override
    public String toString() {
        return "TimeBasedFilter[minimumSeparation=" + minimumSeparation + "]";
    }
}
