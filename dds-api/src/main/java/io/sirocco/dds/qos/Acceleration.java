package io.sirocco.dds.qos;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;

/**
 * Sirocco's ACCELERATION QoS policy: whether a topic's samples are written in place into
 * registered memory — RDMA between hosts with RDMA NICs, shared memory between processes on one
 * host — instead of travelling over RTPS/UDP. {@link AccelerationKind#NONE} is the default.
 *
 * <p>Applies to topics, data writers and data readers:
 * <pre>{@code
 * DataReaderQos qos = subscriber.getDefaultDataReaderQos()
 *         .withPolicy(Acceleration.of(env, AccelerationKind.PREFERRED));
 * }</pre>
 *
 * <p>Acceleration is a local choice of each endpoint, not a requested/offered policy: it never
 * makes a writer and a reader incompatible. {@code PREFERRED} falls back to the network with a
 * warning when no registered-memory fabric reaches the other members; {@code REQUIRED} makes
 * creating the writer or reader fail instead.
 *
 * <p>Instances are immutable: {@link #withKind} returns a modified copy. The environment is not
 * serialized with the policy.
 */
public final class Acceleration implements QosPolicy.ForTopic, QosPolicy.ForDataWriter,
        QosPolicy.ForDataReader {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final AccelerationKind kind;

    private Acceleration(ServiceEnvironment environment, AccelerationKind kind) {
        this.environment = PolicyArguments.requireEnvironment(environment);
        this.kind = PolicyArguments.require(kind, "kind");
    }

    /** The policy of the given kind. */
    public static Acceleration of(ServiceEnvironment env, AccelerationKind kind) {
        return new Acceleration(env, kind);
    }

    /** {@code NONE}: the standard network path, the default. */
    public static Acceleration none(ServiceEnvironment env) {
        return new Acceleration(env, AccelerationKind.NONE);
    }

    public AccelerationKind getKind() {
        return kind;
    }

    /** Whether this policy asks for registered memory ({@code PREFERRED} or {@code REQUIRED}). */
    public boolean isAccelerated() {
        return kind != AccelerationKind.NONE;
    }

    /** A copy of this policy with the given kind. */
    public Acceleration withKind(AccelerationKind newKind) {
        return new Acceleration(environment, newKind);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Acceleration that && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Acceleration.class, kind);
    }

    @Override
    public String toString() {
        return "Acceleration[kind=" + kind + "]";
    }
}
