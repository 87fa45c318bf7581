package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface ArrayType extends CollectionType {

    /** TODO */
    List<Long> getBound();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BOUND_ARRAYTYPE_MEMBER_ID = 200;
    }
}
