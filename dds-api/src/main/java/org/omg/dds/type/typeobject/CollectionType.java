package org.omg.dds.type.typeobject;

/** Type-object description common to arrays, sequences, strings and maps: the type of their elements. */
public interface CollectionType extends Type {

    /** The bound that means a sequence, string or map has no maximum length. */
    long UNBOUNDED_COLLECTION = 0L;

    /** The type id of the elements (for a map, of its values; for a string, of its characters). */
    int getElementType();

    /** Member ids of the fields of {@link CollectionType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the element type field. */
        public static final int ELEMENT_TYPE_COLLECTIONTYPE_MEMBER_ID = 100;
    }
}
