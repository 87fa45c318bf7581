package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.MemberHeaders;

/**
 * The primitive wire kinds a member or element can have, and their sizes and EMHEADER length codes
 * (chosen as Cyclone DDS chooses them, so that mutable types encode to the same bytes).
 */
final class Kinds {
    static final int BOOLEAN = 0;
    static final int BYTE = 1;
    static final int SHORT = 2;
    static final int CHAR8 = 3;
    static final int WCHAR = 4;
    static final int INT = 5;
    static final int LONG = 6;
    static final int FLOAT = 7;
    static final int DOUBLE = 8;
    /** Not primitive: the member's {@link ValueType} does the work. */
    static final int OBJECT = 9;

    private static final int[] SIZE = {1, 1, 2, 1, 2, 4, 8, 4, 8};

    private Kinds() {
    }

    /** Serialized size of a primitive kind. */
    static int size(int kind) {
        return SIZE[kind];
    }

    /** Alignment of a primitive kind in XCDR2 (key hashes are XCDR2). */
    static int xcdr2Alignment(int kind) {
        return Math.min(4, SIZE[kind]);
    }

    /** EMHEADER length code of a primitive member: its size. */
    static int memberLengthCode(int kind) {
        return switch (SIZE[kind]) {
            case 1 -> MemberHeaders.LC_1;
            case 2 -> MemberHeaders.LC_2;
            case 4 -> MemberHeaders.LC_4;
            default -> MemberHeaders.LC_8;
        };
    }

    /**
     * EMHEADER length code of a sequence of a primitive kind: the count doubles as the byte length for
     * 1-byte elements and as a 4- or 8-byte unit count for those sizes; 2-byte elements need NEXTINT.
     */
    static int sequenceLengthCode(int kind) {
        return switch (SIZE[kind]) {
            case 1 -> MemberHeaders.LC_LENGTH;
            case 2 -> MemberHeaders.LC_NEXTINT;
            case 4 -> MemberHeaders.LC_COUNT4;
            default -> MemberHeaders.LC_COUNT8;
        };
    }

    /** End position after a primitive of {@code kind} written at {@code pos} in XCDR2. */
    static long xcdr2End(long pos, int kind) {
        return align(pos, xcdr2Alignment(kind)) + SIZE[kind];
    }

    static long align(long pos, int alignment) {
        return (pos + alignment - 1) & -alignment;
    }
}
