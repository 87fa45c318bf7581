package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of one branch of a union, with the discriminator values that select it. */
public interface UnionMember extends Member {

    /** The discriminator values (case labels) that select this branch. */
    List<Integer> getLabel();

    /** Member ids of the fields of {@link UnionMember} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the label list field. */
        public static final int LABEL_UNIONMEMBER_MEMBER_ID = 100;
    }
}
