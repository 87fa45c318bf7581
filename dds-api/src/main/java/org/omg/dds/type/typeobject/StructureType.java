package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface StructureType extends Type {

    /** TODO */
    int getBaseType();

    /** TODO */
    List<Member> getMember();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BASE_TYPE_STRUCTURETYPE_MEMBER_ID = 100;

        /** TODO */
        public static final int MEMBER_STRUCTURETYPE_MEMBER_ID = 101;
    }
}
