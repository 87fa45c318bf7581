package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Reliability;

/**
 * Sirocco's {@link Reliability}. Only the kind takes part in matching ({@code BEST_EFFORT <
 * RELIABLE}); the maximum blocking time is a local setting of the writer. {@link #compareTo}
 * therefore orders by kind and then by blocking time, to stay consistent with {@code equals}, while
 * the {@linkplain #requestedOfferedContract() contract} compares kinds only.
 */
public final class ReliabilityPolicy implements Reliability {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;
    private final NanoDuration maxBlockingTime;

    private ReliabilityPolicy(ServiceEnvironment environment, Kind kind, NanoDuration maxBlockingTime) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
        this.maxBlockingTime = maxBlockingTime;
    }

    /** The policy of the given kind and maximum blocking time. */
    public static ReliabilityPolicy of(ServiceEnvironment env, Kind kind, Duration maxBlockingTime) {
        Args.env(env);
        return new ReliabilityPolicy(env, kind, Args.duration(env, maxBlockingTime, "maxBlockingTime"));
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public NanoDuration getMaxBlockingTime() {
        return maxBlockingTime;
    }

    @Override
    public ReliabilityPolicy withKind(Kind newKind) {
        return new ReliabilityPolicy(environment, newKind, maxBlockingTime);
    }

    @Override
    public ReliabilityPolicy withMaxBlockingTime(Duration newMaxBlockingTime) {
        return new ReliabilityPolicy(environment, kind,
                Args.duration(environment, newMaxBlockingTime, "maxBlockingTime"));
    }

    @Override
    public ReliabilityPolicy withMaxBlockingTime(long amount, TimeUnit unit) {
        return new ReliabilityPolicy(environment, kind,
                Args.duration(environment, amount, unit, "maxBlockingTime"));
    }

    @Override
    public ReliabilityPolicy withBestEffort() {
        return withKind(Kind.BEST_EFFORT);
    }

    @Override
    public ReliabilityPolicy withReliable() {
        return withKind(Kind.RELIABLE);
    }

    @Override
    public int compareTo(Reliability other) {
        int byKind = kind.compareTo(Args.require(other, "other").getKind());
        return byKind != 0 ? byKind : maxBlockingTime.compareTo(other.getMaxBlockingTime());
    }

    /** Compares {@code >= 0} with a requested value when this kind is at least the requested kind. */
    @Override
    public Comparable<Reliability> requestedOfferedContract() {
        return requested -> kind.compareTo(Args.require(requested, "requested").getKind());
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReliabilityPolicy that && kind == that.kind
                && maxBlockingTime.equals(that.maxBlockingTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, maxBlockingTime);
    }

    @Override
    public String toString() {
        return "Reliability[" + kind + ", maxBlockingTime=" + maxBlockingTime + "]";
    }
}
