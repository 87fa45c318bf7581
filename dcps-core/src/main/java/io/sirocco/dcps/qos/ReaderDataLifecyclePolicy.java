package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.ReaderDataLifecycle;

/**
 * Sirocco's {@link ReaderDataLifecycle}: how long a reader keeps instances that lost all writers or
 * were disposed before purging them; both delays are infinite by default.
 */
public final class ReaderDataLifecyclePolicy implements ReaderDataLifecycle {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final NanoDuration autoPurgeNoWriterSamplesDelay;
    private final NanoDuration autoPurgeDisposedSamplesDelay;

    private ReaderDataLifecyclePolicy(ServiceEnvironment environment, NanoDuration autoPurgeNoWriterSamplesDelay,
            NanoDuration autoPurgeDisposedSamplesDelay) {
        this.environment = environment;
        this.autoPurgeNoWriterSamplesDelay = autoPurgeNoWriterSamplesDelay;
        this.autoPurgeDisposedSamplesDelay = autoPurgeDisposedSamplesDelay;
    }

    /** The policy with the given delays. */
    public static ReaderDataLifecyclePolicy of(ServiceEnvironment env, Duration autoPurgeNoWriterSamplesDelay,
            Duration autoPurgeDisposedSamplesDelay) {
        Args.env(env);
        return new ReaderDataLifecyclePolicy(env,
                Args.duration(env, autoPurgeNoWriterSamplesDelay, "autoPurgeNoWriterSamplesDelay"),
                Args.duration(env, autoPurgeDisposedSamplesDelay, "autoPurgeDisposedSamplesDelay"));
    }

    @Override
    public NanoDuration getAutoPurgeNoWriterSamplesDelay() {
        return autoPurgeNoWriterSamplesDelay;
    }

    @Override
    public NanoDuration getAutoPurgeDisposedSamplesDelay() {
        return autoPurgeDisposedSamplesDelay;
    }

    @Override
    public ReaderDataLifecyclePolicy withAutoPurgeNoWriterSamplesDelay(Duration delay) {
        return new ReaderDataLifecyclePolicy(environment,
                Args.duration(environment, delay, "autoPurgeNoWriterSamplesDelay"), autoPurgeDisposedSamplesDelay);
    }

    @Override
    public ReaderDataLifecyclePolicy withAutoPurgeNoWriterSamplesDelay(long amount, TimeUnit unit) {
        return new ReaderDataLifecyclePolicy(environment,
                Args.duration(environment, amount, unit, "autoPurgeNoWriterSamplesDelay"),
                autoPurgeDisposedSamplesDelay);
    }

    @Override
    public ReaderDataLifecyclePolicy withAutoPurgeDisposedSamplesDelay(Duration delay) {
        return new ReaderDataLifecyclePolicy(environment, autoPurgeNoWriterSamplesDelay,
                Args.duration(environment, delay, "autoPurgeDisposedSamplesDelay"));
    }

    @Override
    public ReaderDataLifecyclePolicy withAutoPurgeDisposedSamplesDelay(long amount, TimeUnit unit) {
        return new ReaderDataLifecyclePolicy(environment, autoPurgeNoWriterSamplesDelay,
                Args.duration(environment, amount, unit, "autoPurgeDisposedSamplesDelay"));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReaderDataLifecyclePolicy that
                && autoPurgeNoWriterSamplesDelay.equals(that.autoPurgeNoWriterSamplesDelay)
                && autoPurgeDisposedSamplesDelay.equals(that.autoPurgeDisposedSamplesDelay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(autoPurgeNoWriterSamplesDelay, autoPurgeDisposedSamplesDelay);
    }

    @Override
    public String toString() {
        return "ReaderDataLifecycle[autoPurgeNoWriterSamplesDelay=" + autoPurgeNoWriterSamplesDelay
                + ", autoPurgeDisposedSamplesDelay=" + autoPurgeDisposedSamplesDelay + "]";
    }
}
