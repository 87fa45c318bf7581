package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;

/**
 * Sirocco's {@link TypeConsistencyEnforcement}. Sirocco decides type compatibility from the types
 * themselves, under the reader's kind, so this policy never makes a writer and a reader
 * incompatible: its {@linkplain #requestedOfferedContract() contract} accepts every requested value.
 * {@link #compareTo} orders by the enum's declaration order, from strictest to most lenient.
 */
public final class TypeConsistencyEnforcementPolicy implements TypeConsistencyEnforcement {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final Kind kind;

    private TypeConsistencyEnforcementPolicy(ServiceEnvironment environment, Kind kind) {
        this.environment = environment;
        this.kind = Args.require(kind, "kind");
    }

    /** The policy of the given kind. */
    public static TypeConsistencyEnforcementPolicy of(ServiceEnvironment env, Kind kind) {
        return new TypeConsistencyEnforcementPolicy(Args.env(env), kind);
    }

    @Override
    public Kind getKind() {
        return kind;
    }

    @Override
    public TypeConsistencyEnforcementPolicy withKind(Kind newKind) {
        return new TypeConsistencyEnforcementPolicy(environment, newKind);
    }

    @Override
    public TypeConsistencyEnforcementPolicy withExactTypeTypeConsistency() {
        return withKind(Kind.EXACT_TYPE_TYPE_CONSISTENCY);
    }

    @Override
    public TypeConsistencyEnforcementPolicy withExactNameTypeConsistency() {
        return withKind(Kind.EXACT_NAME_TYPE_CONSISTENCY);
    }

    @Override
    public TypeConsistencyEnforcementPolicy withDeclaredTypeConsistency() {
        return withKind(Kind.DECLARED_TYPE_CONSISTENCY);
    }

    @Override
    public TypeConsistencyEnforcementPolicy withAssignableTypeConsistency() {
        return withKind(Kind.ASSIGNABLE_TYPE_CONSISTENCY);
    }

    @Override
    public int compareTo(TypeConsistencyEnforcement other) {
        return kind.compareTo(Args.require(other, "other").getKind());
    }

    /** Compares {@code >= 0} with every requested value: this policy is not matched. */
    @Override
    public Comparable<TypeConsistencyEnforcement> requestedOfferedContract() {
        return requested -> {
            Args.require(requested, "requested");
            return 0;
        };
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeConsistencyEnforcementPolicy that && kind == that.kind;
    }

    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    @Override
    public String toString() {
        return "TypeConsistencyEnforcement[" + kind + "]";
    }
}
