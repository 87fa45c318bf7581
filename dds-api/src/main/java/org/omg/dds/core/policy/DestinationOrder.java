package org.omg.dds.core.policy;

/**
 * Controls which timestamp orders the changes that several writers make to the same instance,
 * and so which value a reader ends up with when updates arrive out of order.
 *
 * <p>Applies to topics, data readers and data writers. Default: {@link Kind#BY_RECEPTION_TIMESTAMP}.
 * It cannot be changed once the entity is enabled. Offered and requested values match when the
 * offered kind is at least the requested one, with
 * {@code BY_RECEPTION_TIMESTAMP < BY_SOURCE_TIMESTAMP}.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface DestinationOrder extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<DestinationOrder> {

    /** Returns the destination-order kind. */
    DestinationOrder.Kind getKind();

    /** Returns a copy of this policy with the given kind. */
    DestinationOrder withKind(DestinationOrder.Kind kind);

    /** Returns a copy of this policy with kind {@link Kind#BY_RECEPTION_TIMESTAMP}. */
    DestinationOrder withReceptionTimestamp();

    /** Returns a copy of this policy with kind {@link Kind#BY_SOURCE_TIMESTAMP}. */
    DestinationOrder withSourceTimestamp();

    /** The destination-order kinds, from weakest to strongest. */
    public static enum Kind {
        /** Changes are ordered by the time the reader received them; readers may disagree. */
        BY_RECEPTION_TIMESTAMP,
        /** Changes are ordered by the writer's source timestamp, so all readers converge. */
        BY_SOURCE_TIMESTAMP;

    }
}
