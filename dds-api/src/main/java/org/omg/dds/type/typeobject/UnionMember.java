package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface UnionMember extends Member {

    /** TODO */
    List<Integer> getLabel();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int LABEL_UNIONMEMBER_MEMBER_ID = 100;
    }
}
