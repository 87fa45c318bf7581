package org.omg.dds.core.policy;

/**
 * Controls whether several writers may update the same instance ({@link Kind#SHARED}) or only
 * the one that currently owns it ({@link Kind#EXCLUSIVE}); ownership goes to the alive writer with
 * the highest {@link OwnershipStrength}.
 *
 * <p>Applies to topics, data readers and data writers. Default: {@link Kind#SHARED}. It cannot be
 * changed once the entity is enabled. Offered and requested values match only when the kinds are
 * equal.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Ownership extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Ownership> {

    /** Returns the ownership kind. */
    Ownership.Kind getKind();

    /** Returns a copy of this policy with the given kind. */
    Ownership withKind(Ownership.Kind kind);

    /** Returns a copy of this policy with kind {@link Kind#SHARED}. */
    Ownership withShared();

    /** Returns a copy of this policy with kind {@link Kind#EXCLUSIVE}. */
    Ownership withExclusive();

    /** The ownership kinds. */
    public static enum Kind {
        /** Updates from every writer of an instance are delivered. */
        SHARED,
        /** Only updates from the instance's current owner, the strongest alive writer, are delivered. */
        EXCLUSIVE;

    }
}
