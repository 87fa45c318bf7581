package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.DestinationOrder;

/**
 * Sirocco's {@link DestinationOrder}. Ordered by kind, {@code BY_RECEPTION_TIMESTAMP <
 * BY_SOURCE_TIMESTAMP}: a writer stamping source times serves readers that want either order, so
 * {@link #compareTo} is also the requested/offered contract.
 */
public final class DestinationOrderPolicy implements DestinationOrder {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;

    private DestinationOrderPolicy(ServiceEnvironment environment, Kind kind) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
    }

    /** The policy of the given kind. */
    public static DestinationOrderPolicy of(ServiceEnvironment env, Kind kind) {
        return new DestinationOrderPolicy(Args.env(env), kind);
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public DestinationOrderPolicy withKind(Kind newKind) {
        return new DestinationOrderPolicy(environment, newKind);
    }

    @Override
    public DestinationOrderPolicy withReceptionTimestamp() {
        return withKind(Kind.BY_RECEPTION_TIMESTAMP);
    }

    @Override
    public DestinationOrderPolicy withSourceTimestamp() {
        return withKind(Kind.BY_SOURCE_TIMESTAMP);
    }

    @Override
    public int compareTo(DestinationOrder other) {
        return kind.compareTo(Args.require(other, "other").getKind());
    }

    @Override
    public Comparable<DestinationOrder> requestedOfferedContract() {
        return this;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DestinationOrderPolicy that && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return "DestinationOrder[" + kind + "]";
    }
}
