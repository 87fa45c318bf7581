package io.sirocco.dcps.type;

/** The data representations a {@link TypeCodec} can produce. */
public enum DataEncoding {
    /** OMG XCDR (version 1 and 2; the codec follows the version the output was reset to). */
    XCDR,
    /** Kryo: Sirocco's own representation for Java classes with no DDS type description. */
    KRYO
}
