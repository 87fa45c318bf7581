package org.omg.dds.type.typeobject;

/** TODO */
public interface SequenceType extends CollectionType {

    /** TODO */
    long getBound();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BOUND_SEQUENCETYPE_MEMBER_ID = 200;
    }
}
