package org.omg.dds.type.typeobject;

import java.util.List;

/** Type-object description of an annotation type: its members and their default values. */
public interface AnnotationType extends Type {

    /** The type id of the annotation type this one extends, or {@link TypeId#NO_TYPE_ID} if none. */
    int getBaseType();

    /** The members of the annotation type, in declaration order. */
    List<AnnotationMember> getMember();

    /** Member ids of the fields of {@link AnnotationType} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the base type field. */
        public static final int BASE_TYPE_ANNOTATIONTYPE_MEMBER_ID = 100;

        /** Member id of the member list field. */
        public static final int MEMBER_ANNOTATIONTYPE_MEMBER_ID = 101;
    }
}
