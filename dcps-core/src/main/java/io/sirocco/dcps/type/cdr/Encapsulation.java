package io.sirocco.dcps.type.cdr;

import io.sirocco.dcps.type.TypeExtensibility;
import java.nio.ByteOrder;

/**
 * The encapsulation identifiers that open every serialized payload (the 4-byte RTPS
 * SerializedPayloadHeader: a big-endian 16-bit identifier, then 16 bits of options), as
 * DDS-XTypes 1.3 section 7.6.2.1.2 lists them. The transport writes this header; codecs only
 * write the body that follows it. This class maps between identifiers and the (version,
 * extensibility, byte order) a codec works with.
 *
 * <p>Layout of the header: {@code [id_hi][id_lo][opt_hi][opt_lo]}; the two low bits of the options
 * give the number of padding bytes appended to make the body a multiple of 4 (XTypes 7.6.2.1.2).
 */
public final class Encapsulation {
    /** XCDR1, final or appendable types, big-endian. */
    public static final int CDR_BE = 0x0000;
    /** XCDR1, final or appendable types, little-endian. */
    public static final int CDR_LE = 0x0001;
    /** XCDR1 parameter list (mutable types), big-endian. */
    public static final int PL_CDR_BE = 0x0002;
    /** XCDR1 parameter list (mutable types), little-endian. */
    public static final int PL_CDR_LE = 0x0003;
    /** XCDR2, final types, big-endian. */
    public static final int CDR2_BE = 0x0006;
    /** XCDR2, final types, little-endian. */
    public static final int CDR2_LE = 0x0007;
    /** XCDR2 delimited (appendable types), big-endian. */
    public static final int D_CDR2_BE = 0x0008;
    /** XCDR2 delimited (appendable types), little-endian. */
    public static final int D_CDR2_LE = 0x0009;
    /** XCDR2 parameter list (mutable types), big-endian. */
    public static final int PL_CDR2_BE = 0x000a;
    /** XCDR2 parameter list (mutable types), little-endian. */
    public static final int PL_CDR2_LE = 0x000b;

    /** Size of the header that precedes the body. */
    public static final int HEADER_SIZE = 4;

    /** {@code DataRepresentationId} of XCDR version 1 (DataRepresentationQosPolicy). */
    public static final short XCDR_DATA_REPRESENTATION = 0;
    /** {@code DataRepresentationId} of XML. */
    public static final short XML_DATA_REPRESENTATION = 1;
    /** {@code DataRepresentationId} of XCDR version 2. */
    public static final short XCDR2_DATA_REPRESENTATION = 2;

    private Encapsulation() {
    }

    /** The identifier for a body written with {@code version} and {@code order} for a type of {@code extensibility}. */
    public static int identifier(XcdrVersion version, TypeExtensibility extensibility, ByteOrder order) {
        int le = order == ByteOrder.LITTLE_ENDIAN ? 1 : 0;
        if (version == XcdrVersion.XCDR1) {
            return (extensibility == TypeExtensibility.MUTABLE ? PL_CDR_BE : CDR_BE) | le;
        }
        return switch (extensibility) {
            case FINAL -> CDR2_BE | le;
            case APPENDABLE -> D_CDR2_BE | le;
            case MUTABLE -> PL_CDR2_BE | le;
        };
    }

    /** Whether {@code id} is one of the XCDR identifiers above. */
    public static boolean isXcdr(int id) {
        return id >= CDR_BE && id <= PL_CDR2_LE && id != 0x0004 && id != 0x0005;
    }

    /**
     * The XCDR version of a body with identifier {@code id}.
     *
     * @throws MalformedDataException if {@code id} is not an XCDR identifier
     */
    public static XcdrVersion version(int id) {
        if (!isXcdr(id)) {
            throw new MalformedDataException(
                    "unknown encapsulation identifier 0x" + Integer.toHexString(id) + " in the payload header", 0);
        }
        return id <= PL_CDR_LE ? XcdrVersion.XCDR1 : XcdrVersion.XCDR2;
    }

    /** The byte order of a body with XCDR identifier {@code id} (odd identifiers are little-endian). */
    public static ByteOrder byteOrder(int id) {
        return (id & 1) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /** Writes the 4-byte header at {@code offset}: the identifier, then the options, both big-endian. */
    public static void writeHeader(byte[] target, int offset, int id, int options) {
        target[offset] = (byte) (id >>> 8);
        target[offset + 1] = (byte) id;
        target[offset + 2] = (byte) (options >>> 8);
        target[offset + 3] = (byte) options;
    }

    /** The identifier in the header at {@code offset}. */
    public static int readIdentifier(byte[] source, int offset) {
        return ((source[offset] & 0xff) << 8) | (source[offset + 1] & 0xff);
    }

    /** The options in the header at {@code offset}. */
    public static int readOptions(byte[] source, int offset) {
        return ((source[offset + 2] & 0xff) << 8) | (source[offset + 3] & 0xff);
    }
}
