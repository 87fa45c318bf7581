package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of a bit set (bitmask) type: its size in bits and its named bits. */
public interface BitSetType extends Type {

    /** The number of bits of the type. */
    int getBitBound();

    /** The named bits. */
    List<Bit> getBit();

    /** Member ids of the fields of {@link BitSetType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the bit bound field. */
        public static final int BIT_BOUND_BITSETTYPE_MEMBER_ID = 100;

        /** Member id of the bit list field. */
        public static final int BIT_BITSETTYPE_MEMBER_ID = 101;
    }
}
