package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface Type extends Serializable, DDSObject, TypeLibraryElement {

    /** TODO */
    TypeProperty getProperty();

    /** TODO */
    List<AnnotationUsage> getAnnotation();

    /** TODO */
    public static final class MemberId {

        /** TODO */
        public static final int PROPERTY_TYPE_MEMBER_ID = 0;

        /** TODO */
        public static final int ANNOTATION_TYPE_MEMBER_ID = 1;
    }
}
