package org.omg.dds.core.policy;

/** TODO */
public interface Durability extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Durability> {

    /** TODO */
    Durability.Kind getKind();

    /** TODO */
    Durability withKind(Durability.Kind kind);

    /** TODO */
    Durability withVolatile();

    /** TODO */
    Durability withTransientLocal();

    /** TODO */
    Durability withTransient();

    /** TODO */
    Durability withPersitent();

    /** TODO (OpenSplice addition) */
    Durability withPersistent();

    /** TODO */
    public static enum Kind {
        VOLATILE,
        TRANSIENT_LOCAL,
        TRANSIENT,
        PERSISTENT;

    }
}
