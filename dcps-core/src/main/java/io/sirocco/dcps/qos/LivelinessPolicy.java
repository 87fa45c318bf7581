package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Liveliness;

/**
 * Sirocco's {@link Liveliness}. Matching has two dimensions (kind at least, lease at most the
 * requested), so no single order captures it: {@link #compareTo} is a total order by strength (kind,
 * then shorter lease first) for sorting, and the {@linkplain #requestedOfferedContract() contract}
 * is the two-dimensional test.
 */
public final class LivelinessPolicy implements Liveliness {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;
    private final NanoDuration leaseDuration;

    private LivelinessPolicy(ServiceEnvironment environment, Kind kind, NanoDuration leaseDuration) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
        this.leaseDuration = leaseDuration;
    }

    /** The policy of the given kind and lease duration. */
    public static LivelinessPolicy of(ServiceEnvironment env, Kind kind, Duration leaseDuration) {
        Args.env(env);
        return new LivelinessPolicy(env, kind, Args.duration(env, leaseDuration, "leaseDuration"));
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public NanoDuration getLeaseDuration() {
        return leaseDuration;
    }

    @Override
    public LivelinessPolicy withKind(Kind newKind) {
        return new LivelinessPolicy(environment, newKind, leaseDuration);
    }

    @Override
    public LivelinessPolicy withLeaseDuration(Duration newLease) {
        return new LivelinessPolicy(environment, kind, Args.duration(environment, newLease, "leaseDuration"));
    }

    @Override
    public LivelinessPolicy withLeaseDuration(long amount, TimeUnit unit) {
        return new LivelinessPolicy(environment, kind, Args.duration(environment, amount, unit, "leaseDuration"));
    }

    @Override
    public LivelinessPolicy withAutomatic() {
        return withKind(Kind.AUTOMATIC);
    }

    @Override
    public LivelinessPolicy withManualByParticipant() {
        return withKind(Kind.MANUAL_BY_PARTICIPANT);
    }

    @Override
    public LivelinessPolicy withManualByTopic() {
        return withKind(Kind.MANUAL_BY_TOPIC);
    }

    /** By kind, then by lease with the shorter lease being greater (stronger). */
    @Override
    public int compareTo(Liveliness other) {
        int byKind = kind.compareTo(Args.require(other, "other").getKind());
        return byKind != 0 ? byKind
                : Long.compare(NanoDuration.nanosOf(other.getLeaseDuration()), leaseDuration.nanos());
    }

    /**
     * Compares {@code >= 0} with a requested value exactly when this kind is at least the requested
     * kind and this lease at most the requested lease. A satisfaction test, not a sort order.
     */
    @Override
    public Comparable<Liveliness> requestedOfferedContract() {
        return requested -> QosMatching.contractResult(QosMatching.satisfies(this, requested), this, requested);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LivelinessPolicy that && kind == that.kind
                && leaseDuration.equals(that.leaseDuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, leaseDuration);
    }

    @Override
    public String toString() {
        return "Liveliness[" + kind + ", leaseDuration=" + leaseDuration + "]";
    }
}
