package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Deadline;

/**
 * Sirocco's {@link Deadline}. A shorter period is the stronger promise, so {@link #compareTo}
 * orders by strength: a policy compares greater than another when its period is shorter. That
 * makes it the requested/offered contract as well (offered period at most the requested one).
 */
public final class DeadlinePolicy implements Deadline {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final NanoDuration period;

    private DeadlinePolicy(ServiceEnvironment environment, NanoDuration period) {
        this.environment = environment;
        this.period = period;
    }

    /** The policy with the given period. */
    public static DeadlinePolicy of(ServiceEnvironment env, Duration period) {
        return new DeadlinePolicy(Args.env(env), Args.duration(env, period, "period"));
    }

    @Override
    public NanoDuration getPeriod() {
        return period;
    }

    @Override
    public DeadlinePolicy withPeriod(Duration newPeriod) {
        return new DeadlinePolicy(environment, Args.duration(environment, newPeriod, "period"));
    }

    @Override
    public DeadlinePolicy withPeriod(long amount, TimeUnit unit) {
        return new DeadlinePolicy(environment, Args.duration(environment, amount, unit, "period"));
    }

    /** Positive when this period is shorter (stronger) than the other's. */
    @Override
    public int compareTo(Deadline other) {
        return Long.compare(NanoDuration.nanosOf(Args.require(other, "other").getPeriod()), period.nanos());
    }

    @Override
    public Comparable<Deadline> requestedOfferedContract() {
        return this;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlinePolicy that && period.equals(that.period);
    }

    @Override
    public int hashCode() {
        return period.hashCode();
    }

    @Override
    public String toString() {
        return "Deadline[period=" + period + "]";
    }
}
