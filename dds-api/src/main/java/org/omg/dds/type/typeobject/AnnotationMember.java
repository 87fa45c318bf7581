package org.omg.dds.type.typeobject;

/** Type-object description of one member of an annotation type, with its default value. */
public interface AnnotationMember extends Member {

    /** The value the member takes when an application of the annotation does not give one. */
    AnnotationMemberValue getDefaultValue();

    /** Member ids of the fields of {@link AnnotationMember} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the default value field. */
        public static final int DEFAULT_VALUE_ANNOTATIONMEMBER_MEMBER_ID = 100;
    }
}
