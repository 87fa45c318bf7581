package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of a discriminated union type. */
public interface UnionType extends Type {

    /** The members of the union, in declaration order. */
    List<UnionMember> getMember();

    /** Member ids of the fields of {@link UnionType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the member list field. */
        public static final int MEMBER_UNIONTYPE_MEMBER_ID = 100;
    }
}
