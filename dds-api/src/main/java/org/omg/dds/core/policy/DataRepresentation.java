package org.omg.dds.core.policy;

import java.util.List;

/** TODO */
public interface DataRepresentation extends QosPolicy.ForTopic, QosPolicy.ForDataReader, QosPolicy.ForDataWriter, RequestedOffered<DataRepresentation> {

    /** TODO */
    List<Short> getValue();

    /** TODO */
    DataRepresentation withValue(List<Short> list);

    /** TODO */
    DataRepresentation withValue(short... values);

    /** TODO */
    public static final class Id {

        /** TODO */
        public static final short XCDR_DATA_REPRESENTATION = (short) 0;

        /** TODO */
        public static final short XML_DATA_REPRESENTATION = (short) 1;

        /** TODO */
        public Id() {
        }
    }
}
