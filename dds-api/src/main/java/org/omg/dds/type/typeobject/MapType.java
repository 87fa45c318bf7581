package org.omg.dds.type.typeobject;

/** Type-object description of a map type; the inherited element type is the type of its values. */
public interface MapType extends CollectionType {

    /** The type id of the keys. */
    int getKeyElementType();

    /** The maximum number of entries, or {@link #UNBOUNDED_COLLECTION}. */
    long getBound();

    /** Member ids of the fields of {@link MapType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the key element type field. */
        public static final int KEY_ELEMENT_TYPE_MAPTYPE_MEMBER_ID = 200;

        /** Member id of the bound field. */
        public static final int BOUND_MAPTYPE_MEMBER_ID = 201;
    }
}
