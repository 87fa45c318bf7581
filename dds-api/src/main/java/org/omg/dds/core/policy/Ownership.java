package org.omg.dds.core.policy;

/** TODO */
public interface Ownership extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Ownership> {

    /** TODO */
    Ownership.Kind getKind();

    /** TODO */
    Ownership withKind(Ownership.Kind kind);

    /** TODO */
    Ownership withShared();

    /** TODO */
    Ownership withExclusive();

    /** TODO */
    public static enum Kind {
        SHARED,
        EXCLUSIVE;

    }
}
