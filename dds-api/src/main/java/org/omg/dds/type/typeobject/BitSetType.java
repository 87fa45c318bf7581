package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface BitSetType extends Type {

    /** TODO */
    int getBitBound();

    /** TODO */
    List<Bit> getBit();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BIT_BOUND_BITSETTYPE_MEMBER_ID = 100;

        /** TODO */
        public static final int BIT_BITSETTYPE_MEMBER_ID = 101;
    }
}
