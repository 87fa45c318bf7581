package org.omg.dds.core.policy;

/**
 * Controls whether, and for how long, data written before a reader joined is kept and delivered to
 * it ("late joiners").
 *
 * <p>Applies to topics, data readers and data writers. Default: {@link Kind#VOLATILE}. It cannot be
 * changed once the entity is enabled. Offered and requested values match when the offered kind is
 * at least the requested one in the order
 * {@code VOLATILE < TRANSIENT_LOCAL < TRANSIENT < PERSISTENT}. For {@code TRANSIENT} and
 * {@code PERSISTENT} the service that keeps the data is configured by {@link DurabilityService}.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface Durability extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<Durability> {

    /** Returns the durability kind. */
    Durability.Kind getKind();

    /** Returns a copy of this policy with the given kind. */
    Durability withKind(Durability.Kind kind);

    /** Returns a copy of this policy with kind {@link Kind#VOLATILE}. */
    Durability withVolatile();

    /** Returns a copy of this policy with kind {@link Kind#TRANSIENT_LOCAL}. */
    Durability withTransientLocal();

    /** Returns a copy of this policy with kind {@link Kind#TRANSIENT}. */
    Durability withTransient();

    /**
     * Returns a copy of this policy with kind {@link Kind#PERSISTENT}. The misspelt name is the one
     * of the OMG API; {@link #withPersistent()} is the same method correctly spelt.
     */
    Durability withPersitent();

    /**
     * Returns a copy of this policy with kind {@link Kind#PERSISTENT}; equivalent to
     * {@link #withPersitent()}. Kept for source compatibility with OpenSplice's Java 5 API.
     */
    Durability withPersistent();

    /** The durability kinds, from weakest to strongest. */
    public static enum Kind {
        /** Nothing is kept for late joiners: a reader only receives data written after it matched. */
        VOLATILE,
        /** The writer keeps its data, within its history and resource limits, for late joiners. */
        TRANSIENT_LOCAL,
        /** The service keeps the data beyond the lifetime of the writer, as long as it runs. */
        TRANSIENT,
        /** The service keeps the data on permanent storage, so that it survives restarts. */
        PERSISTENT;

    }
}
