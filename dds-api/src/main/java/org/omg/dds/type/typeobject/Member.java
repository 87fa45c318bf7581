package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** Type-object description of one member of a structure, union or annotation type. */
public interface Member extends Serializable, DDSObject {

    /** The member id that means "no member"; valid member ids are smaller. */
    int MEMBER_ID_INVALID = 268435455;

    /** The name, id, type and flags of the member. */
    MemberProperty getProperty();

    /** The annotations applied to the member. */
    List<AnnotationUsage> getAnnotation();

    /** Member ids of the fields of {@link Member} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the property field. */
        public static final int PROPERTY_MEMBER_MEMBER_ID = 0;

        /** Member id of the annotation list field. */
        public static final int ANNOTATION_MEMBER_MEMBER_ID = 1;
    }
}
