package org.omg.dds.type.typeobject;

/** TODO */
public interface MapType extends CollectionType {

    /** TODO */
    int getKeyElementType();

    /** TODO */
    long getBound();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int KEY_ELEMENT_TYPE_MAPTYPE_MEMBER_ID = 200;

        /** TODO */
        public static final int BOUND_MAPTYPE_MEMBER_ID = 201;
    }
}
