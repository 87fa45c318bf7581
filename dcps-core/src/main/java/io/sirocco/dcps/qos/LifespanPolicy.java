package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Lifespan;

/** Sirocco's {@link Lifespan}: how long a written sample stays valid; infinite by default. */
public final class LifespanPolicy implements Lifespan {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final NanoDuration duration;

    private LifespanPolicy(ServiceEnvironment environment, NanoDuration duration) {
        this.environment = environment;
        this.duration = duration;
    }

    /** The policy with the given duration. */
    public static LifespanPolicy of(ServiceEnvironment env, Duration duration) {
        return new LifespanPolicy(Args.env(env), Args.duration(env, duration, "duration"));
    }

    @Override
    public NanoDuration getDuration() {
        return duration;
    }

    @Override
    public LifespanPolicy withDuration(Duration value) {
        return new LifespanPolicy(environment, Args.duration(environment, value, "duration"));
    }

    @Override
    public LifespanPolicy withDuration(long amount, TimeUnit unit) {
        return new LifespanPolicy(environment, Args.duration(environment, amount, unit, "duration"));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LifespanPolicy that && duration.equals(that.duration);
    }

    @Override
    public int hashCode() {
        return duration.hashCode();
    }

    @Override
    public String toString() {
        return "Lifespan[duration=" + duration + "]";
    }
}
