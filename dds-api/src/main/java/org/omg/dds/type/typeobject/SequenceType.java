package org.omg.dds.type.typeobject;

/** Type-object description of a sequence type, a variable-length list of elements. */
public interface SequenceType extends CollectionType {

    /** The maximum number of elements, or {@link #UNBOUNDED_COLLECTION}. */
    long getBound();

    /** Member ids of the fields of {@link SequenceType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the bound field. */
        public static final int BOUND_SEQUENCETYPE_MEMBER_ID = 200;
    }
}
