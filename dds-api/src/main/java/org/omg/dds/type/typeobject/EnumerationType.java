package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of an enumeration type: its size in bits and its constants. */
public interface EnumerationType extends Type {

    /** The number of bits used to serialize a value of the type. */
    int getBitBound();

    /** The constants, in declaration order. */
    List<EnumeratedConstant> getConstant();

    /** Member ids of the fields of {@link EnumerationType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the bit bound field. */
        public static final int BIT_BOUND_ENUMERATIONTYPE_MEMBER_ID = 100;

        /** Member id of the constant list field. */
        public static final int CONSTANT_ENUMERATIONTYPE_MEMBER_ID = 101;
    }
}
