package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of a fixed-size array, possibly multi-dimensional. */
public interface ArrayType extends CollectionType {

    /** The size of each dimension, outermost first. */
    List<Long> getBound();

    /** Member ids of the fields of {@link ArrayType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the bound field. */
        public static final int BOUND_ARRAYTYPE_MEMBER_ID = 200;
    }
}
