package org.omg.dds.core.policy;

import java.util.List;

/**
 * The serialized representations of the data (DDS-XTypes): a writer uses the first representation
 * of its list, and a reader lists the representations it accepts.
 *
 * <p>Applies to topics, data readers and data writers. Default: a list holding only
 * {@link Id#XCDR_DATA_REPRESENTATION}; an empty list is treated the same way. It cannot be changed
 * once the entity is enabled. Offered and requested values match when the writer's first
 * representation is one of those in the reader's list.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface DataRepresentation extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<DataRepresentation> {

    /** Returns the representation identifiers (see {@link Id}), in order of preference. */
    List<Short> getValue();

    /** Returns a copy of this policy with the given representation identifiers (see {@link Id}). */
    DataRepresentation withValue(List<Short> representations);

    /**
     * Returns a copy of this policy with the given representation identifiers (see {@link Id});
     * equivalent to {@link #withValue(List)}.
     */
    DataRepresentation withValue(short... representations);

    /**
     * The standard representation identifiers. DDS-XTypes 1.2 and later also define
     * {@code XCDR2_DATA_REPRESENTATION} with value 2, for which this API has no constant.
     */
    public static final class Id {

        /** Extended CDR, version 1 (identifier 0). */
        public static final short XCDR_DATA_REPRESENTATION = (short) 0;

        /** XML (identifier 1). */
        public static final short XML_DATA_REPRESENTATION = (short) 1;

        /** Public only because the OMG API declares it so; the class only holds constants. */
        public Id() {
        }
    }
}
