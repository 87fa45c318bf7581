package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface UnionType extends Type {

    /** TODO */
    List<UnionMember> getMember();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int MEMBER_UNIONTYPE_MEMBER_ID = 100;
    }
}
