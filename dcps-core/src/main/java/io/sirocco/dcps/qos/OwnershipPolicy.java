package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Ownership;

/**
 * Sirocco's {@link Ownership}. The kinds are not ordered for matching: a writer and a reader match
 * only with equal kinds. {@link #compareTo} is a plain total order ({@code SHARED < EXCLUSIVE}) for
 * sorting; the {@linkplain #requestedOfferedContract() contract} is an equality test.
 */
public final class OwnershipPolicy implements Ownership {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;

    private OwnershipPolicy(ServiceEnvironment environment, Kind kind) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
    }

    /** The policy of the given kind. */
    public static OwnershipPolicy of(ServiceEnvironment env, Kind kind) {
        return new OwnershipPolicy(Args.env(env), kind);
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public OwnershipPolicy withKind(Kind newKind) {
        return new OwnershipPolicy(environment, newKind);
    }

    @Override
    public OwnershipPolicy withShared() {
        return withKind(Kind.SHARED);
    }

    @Override
    public OwnershipPolicy withExclusive() {
        return withKind(Kind.EXCLUSIVE);
    }

    @Override
    public int compareTo(Ownership other) {
        return kind.compareTo(Args.require(other, "other").getKind());
    }

    /** Compares {@code >= 0} with a requested value exactly when the kinds are equal. */
    @Override
    public Comparable<Ownership> requestedOfferedContract() {
        return requested -> QosMatching.satisfies(this, requested) ? 0 : -1;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OwnershipPolicy that && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return "Ownership[" + kind + "]";
    }
}
