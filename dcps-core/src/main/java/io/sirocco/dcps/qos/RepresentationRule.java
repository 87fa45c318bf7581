package io.sirocco.dcps.qos;

import java.util.List;
import org.omg.dds.core.policy.DataRepresentation;

/**
 * Decides whether a writer's data representation suits a reader. Kept apart from
 * {@link QosMatching} because the rule will grow: transports that speak XCDR2 may want to accept
 * combinations the standard rule refuses, and can pass their own rule to
 * {@link QosMatching#incompatiblePolicies(org.omg.dds.pub.PublisherQos, org.omg.dds.pub.DataWriterQos,
 * org.omg.dds.sub.SubscriberQos, org.omg.dds.sub.DataReaderQos, RepresentationRule)}.
 *
 * <p>Both sides are normalized first: a writer writes with the first entry of its list, or XCDR
 * when the list is empty; a reader accepts the entries of its list, or only XCDR when it is empty.
 */
@FunctionalInterface
public interface RepresentationRule {
    /** Extended CDR version 1, identifier 0; what an empty list means. */
    short XCDR = DataRepresentation.Id.XCDR_DATA_REPRESENTATION;
    /** XML, identifier 1. */
    short XML = DataRepresentation.Id.XML_DATA_REPRESENTATION;
    /** Extended CDR version 2, identifier 2 (DDS-XTypes 1.2), which the OMG API has no constant for. */
    short XCDR2 = 2;

    /** The DDS-XTypes rule: the writer's representation must be one the reader lists. */
    RepresentationRule STANDARD = (offered, accepted) -> accepted.contains(offered);

    /**
     * Whether a writer writing with {@code offered} may be matched with a reader accepting
     * {@code accepted}.
     *
     * @param offered the writer's representation, already normalized
     * @param accepted the reader's representations, already normalized, never empty
     */
    boolean accepts(short offered, List<Short> accepted);

    /** Applies this rule to the two policies, after normalizing both. */
    default boolean compatible(DataRepresentation writer, DataRepresentation reader) {
        return accepts(offeredBy(writer), acceptedBy(reader));
    }

    /** The representation a writer with this policy writes: its first entry, XCDR when empty. */
    static short offeredBy(DataRepresentation writer) {
        List<Short> value = Args.require(writer, "writer").getValue();
        return value.isEmpty() ? XCDR : value.getFirst();
    }

    /** The representations a reader with this policy accepts: its list, [XCDR] when empty. */
    static List<Short> acceptedBy(DataRepresentation reader) {
        List<Short> value = Args.require(reader, "reader").getValue();
        return value.isEmpty() ? List.of(XCDR) : value;
    }
}
