package org.omg.dds.core.policy;

/** TODO */
public interface DestinationOrder extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<DestinationOrder> {

    /** TODO */
    DestinationOrder.Kind getKind();

    /** TODO */
    DestinationOrder withKind(DestinationOrder.Kind kind);

    /** TODO */
    DestinationOrder withReceptionTimestamp();

    /** TODO */
    DestinationOrder withSourceTimestamp();

    /** TODO */
    public static enum Kind {
        BY_RECEPTION_TIMESTAMP,
        BY_SOURCE_TIMESTAMP;

    }
}
