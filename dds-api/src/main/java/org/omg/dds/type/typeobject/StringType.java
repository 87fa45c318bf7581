package org.omg.dds.type.typeobject;

/** TODO */
public interface StringType extends CollectionType {

    /** TODO */
    long getBound();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BOUND_STRINGTYPE_MEMBER_ID = 200;
    }
}
