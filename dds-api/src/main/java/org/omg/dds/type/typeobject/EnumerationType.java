package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface EnumerationType extends Type {

    /** TODO */
    int getBitBound();

    /** TODO */
    List<EnumeratedConstant> getConstant();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BIT_BOUND_ENUMERATIONTYPE_MEMBER_ID = 100;

        /** TODO */
        public static final int CONSTANT_ENUMERATIONTYPE_MEMBER_ID = 101;
    }
}
