package org.omg.dds.type.typeobject;

/** TODO */
public interface CollectionType extends Type {

    /** TODO */
    long UNBOUNDED_COLLECTION = 0L;

    /** TODO */
    int getElementType();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int ELEMENT_TYPE_COLLECTIONTYPE_MEMBER_ID = 100;
    }
}
