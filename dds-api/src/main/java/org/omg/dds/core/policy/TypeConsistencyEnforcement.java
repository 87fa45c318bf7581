package org.omg.dds.core.policy;

/** TODO */
public interface TypeConsistencyEnforcement extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<TypeConsistencyEnforcement> {

    /** TODO */
    TypeConsistencyEnforcement.Kind getKind();

    /** TODO */
    TypeConsistencyEnforcement withKind(TypeConsistencyEnforcement.Kind kind);

    /** TODO */
    TypeConsistencyEnforcement withExactTypeTypeConsistency();

    /** TODO */
    TypeConsistencyEnforcement withExactNameTypeConsistency();

    /** TODO */
    TypeConsistencyEnforcement withDeclaredTypeConsistency();

    /** TODO */
    TypeConsistencyEnforcement withAssignableTypeConsistency();

    /** TODO */
    public static enum Kind {
        EXACT_TYPE_TYPE_CONSISTENCY,
        EXACT_NAME_TYPE_CONSISTENCY,
        DECLARED_TYPE_CONSISTENCY,
        ASSIGNABLE_TYPE_CONSISTENCY;

    }
}
