package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Durability;

/**
 * Sirocco's {@link Durability}. Offered and requested values are ordered by kind, from
 * {@code VOLATILE} to {@code PERSISTENT}, so {@link #compareTo} is also the requested/offered
 * contract.
 */
public final class DurabilityPolicy implements Durability {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;

    private DurabilityPolicy(ServiceEnvironment environment, Kind kind) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
    }

    /** The policy of the given kind. */
    public static DurabilityPolicy of(ServiceEnvironment env, Kind kind) {
        return new DurabilityPolicy(Args.env(env), kind);
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public DurabilityPolicy withKind(Kind newKind) {
        return new DurabilityPolicy(environment, newKind);
    }

    @Override
    public DurabilityPolicy withVolatile() {
        return withKind(Kind.VOLATILE);
    }

    @Override
    public DurabilityPolicy withTransientLocal() {
        return withKind(Kind.TRANSIENT_LOCAL);
    }

    @Override
    public DurabilityPolicy withTransient() {
        return withKind(Kind.TRANSIENT);
    }

    @Override
    public DurabilityPolicy withPersitent() {
        return withKind(Kind.PERSISTENT);
    }

    @Override
    public DurabilityPolicy withPersistent() {
        return withKind(Kind.PERSISTENT);
    }

    /** Orders by kind: {@code VOLATILE < TRANSIENT_LOCAL < TRANSIENT < PERSISTENT}. */
    @Override
    public int compareTo(Durability other) {
        return kind.compareTo(Args.require(other, "other").getKind());
    }

    @Override
    public Comparable<Durability> requestedOfferedContract() {
        return this;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DurabilityPolicy that && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return "Durability[" + kind + "]";
    }
}
