package org.omg.dds.core.policy;

/**
 * Controls how strictly the type of a writer must agree with the type of a reader for the two to
 * be matched.
 *
 * <p>Applies to topics, data readers and data writers, and cannot be changed once the entity is
 * enabled. The kinds come from a draft of DDS-XTypes; the published specification replaced them
 * with a set of type-coercion options. The default is the value returned by
 * {@link PolicyFactory#TypeConsistency()}.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface TypeConsistencyEnforcement extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<TypeConsistencyEnforcement> {

    /** Returns the type-consistency kind. */
    TypeConsistencyEnforcement.Kind getKind();

    /** Returns a copy of this policy with the given kind. */
    TypeConsistencyEnforcement withKind(TypeConsistencyEnforcement.Kind kind);

    /** Returns a copy of this policy with kind {@link Kind#EXACT_TYPE_TYPE_CONSISTENCY}. */
    TypeConsistencyEnforcement withExactTypeTypeConsistency();

    /** Returns a copy of this policy with kind {@link Kind#EXACT_NAME_TYPE_CONSISTENCY}. */
    TypeConsistencyEnforcement withExactNameTypeConsistency();

    /** Returns a copy of this policy with kind {@link Kind#DECLARED_TYPE_CONSISTENCY}. */
    TypeConsistencyEnforcement withDeclaredTypeConsistency();

    /** Returns a copy of this policy with kind {@link Kind#ASSIGNABLE_TYPE_CONSISTENCY}. */
    TypeConsistencyEnforcement withAssignableTypeConsistency();

    /** The type-consistency kinds, from strictest to most lenient. */
    public static enum Kind {
        /** The writer's and the reader's types must be identical. */
        EXACT_TYPE_TYPE_CONSISTENCY,
        /** The types must have the same name. */
        EXACT_NAME_TYPE_CONSISTENCY,
        /** The types must be related by declaration (one declared to extend the other). */
        DECLARED_TYPE_CONSISTENCY,
        /** The writer's type must be assignable to the reader's type under the DDS-XTypes rules. */
        ASSIGNABLE_TYPE_CONSISTENCY;

    }
}
