package org.omg.dds.type.typeobject;

/** TODO */
public interface AnnotationMember extends Member {

    /** TODO */
    AnnotationMemberValue getDefaultValue();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int DEFAULT_VALUE_ANNOTATIONMEMBER_MEMBER_ID = 100;
    }
}
