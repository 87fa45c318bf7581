package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of a structure type: its optional base structure and its members. */
public interface StructureType extends Type {

    /** The type id of the structure this one extends, or {@link TypeId#NO_TYPE_ID} if none. */
    int getBaseType();

    /** The members declared by this structure (not those inherited), in declaration order. */
    List<Member> getMember();

    /** Member ids of the fields of {@link StructureType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the base type field. */
        public static final int BASE_TYPE_STRUCTURETYPE_MEMBER_ID = 100;

        /** Member id of the member list field. */
        public static final int MEMBER_STRUCTURETYPE_MEMBER_ID = 101;
    }
}
