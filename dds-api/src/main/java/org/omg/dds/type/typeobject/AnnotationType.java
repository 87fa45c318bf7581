package org.omg.dds.type.typeobject;

import java.util.List;

/** TODO */
public interface AnnotationType extends Type {

    /** TODO */
    int getBaseType();

    /** TODO */
    List<AnnotationMember> getMember();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int BASE_TYPE_ANNOTATIONTYPE_MEMBER_ID = 100;

        /** TODO */
        public static final int MEMBER_ANNOTATIONTYPE_MEMBER_ID = 101;
    }
}
