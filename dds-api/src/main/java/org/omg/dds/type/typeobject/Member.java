package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface Member extends Serializable, DDSObject {

    /** TODO */
    int MEMBER_ID_INVALID = 268435455;

    /** TODO */
    MemberProperty getProperty();

    /** TODO */
    List<AnnotationUsage> getAnnotation();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int PROPERTY_MEMBER_MEMBER_ID = 0;

        /** TODO */
        public static final int ANNOTATION_MEMBER_MEMBER_ID = 1;
    }
}
