package io.sirocco.dds.qos;

import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.RequestedOffered;

/**
 * Sirocco's CONSISTENCY QoS policy: {@link ConsistencyKind#EVENTUAL} (standard DDS, the default)
 * or {@link ConsistencyKind#ATOMIC} (the topic becomes a replicated state machine: every member
 * delivers the same samples in the same order and survives member failure).
 *
 * <p>Applies to topics, data writers and data readers and is used like any standard policy:
 * <pre>{@code
 * DataWriterQos qos = publisher.getDefaultDataWriterQos().withPolicy(Consistency.atomic(env));
 * ConsistencyKind kind = qos.get(Consistency.class).getKind();
 * }</pre>
 *
 * <p><b>Matching</b> (requested/offered, like Durability): a writer offering {@code ATOMIC}
 * matches readers requesting {@code ATOMIC} or {@code EVENTUAL}; a writer offering
 * {@code EVENTUAL} matches only {@code EVENTUAL} readers. An {@code EVENTUAL} writer and an
 * {@code ATOMIC} reader do not match, and both sides see it through the standard
 * OFFERED_/REQUESTED_INCOMPATIBLE_QOS statuses with this policy's class.
 *
 * <p>Instances are immutable: {@code withXxx} methods return a modified copy. The environment is
 * not serialized with the policy.
 */
public final class Consistency implements QosPolicy.ForTopic, QosPolicy.ForDataWriter,
        QosPolicy.ForDataReader, RequestedOffered<Consistency> {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final ConsistencyKind kind;

    private Consistency(ServiceEnvironment environment, ConsistencyKind kind) {
        this.environment = PolicyArguments.requireEnvironment(environment);
        this.kind = PolicyArguments.require(kind, "kind");
    }

    /** The policy of the given kind. */
    public static Consistency of(ServiceEnvironment env, ConsistencyKind kind) {
        return new Consistency(env, kind);
    }

    /** {@code ATOMIC}: the same samples in the same order at every member. */
    public static Consistency atomic(ServiceEnvironment env) {
        return new Consistency(env, ConsistencyKind.ATOMIC);
    }

    /** {@code EVENTUAL}: standard DDS ordering, the default. */
    public static Consistency eventual(ServiceEnvironment env) {
        return new Consistency(env, ConsistencyKind.EVENTUAL);
    }

    public ConsistencyKind getKind() {
        return kind;
    }

    public boolean isAtomic() {
        return kind == ConsistencyKind.ATOMIC;
    }

    /** A copy of this policy with the given kind. */
    public Consistency withKind(ConsistencyKind newKind) {
        return new Consistency(environment, newKind);
    }

    public Consistency withAtomic() {
        return withKind(ConsistencyKind.ATOMIC);
    }

    public Consistency withEventual() {
        return withKind(ConsistencyKind.EVENTUAL);
    }

    /**
     * Whether this policy, offered by a writer, satisfies {@code requested}, asked for by a reader:
     * true when the offered kind is at least as strong as the requested one.
     *
     * @throws IllegalArgumentException if {@code requested} is {@code null}
     */
    public boolean satisfies(Consistency requested) {
        return compareTo(PolicyArguments.require(requested, "requested")) >= 0;
    }

    /** Orders policies by strength: {@code EVENTUAL < ATOMIC}. */
    @Override
    public int compareTo(Consistency other) {
        return kind.compareTo(other.kind);
    }

    /**
     * This policy: offered {@code o} satisfies requested {@code r} exactly when
     * {@code o.requestedOfferedContract().compareTo(r) >= 0}.
     */
    @Override
    public Comparable<Consistency> requestedOfferedContract() {
        return this;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Consistency that && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Consistency.class, kind);
    }

    @Override
    public String toString() {
        return "Consistency[kind=" + kind + "]";
    }
}
