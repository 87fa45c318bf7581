package org.omg.dds.type.typeobject;

/** Type-object description of a string type; its element type tells 8-bit from wide characters. */
public interface StringType extends CollectionType {

    /** The maximum number of characters, or {@link #UNBOUNDED_COLLECTION}. */
    long getBound();

    /** Member ids of the fields of {@link StringType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the bound field. */
        public static final int BOUND_STRINGTYPE_MEMBER_ID = 200;
    }
}
