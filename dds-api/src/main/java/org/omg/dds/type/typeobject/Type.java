package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/**
 * Type-object description of a type, the common part of every kind: its property (flags, id and name)
 * and the annotations applied to it. Sub-interfaces add what is specific to each kind.
 */
public interface Type extends Serializable, DDSObject, TypeLibraryElement {

    /** The flags, type id and name of the type. */
    TypeProperty getProperty();

    /** The annotations applied to the type. */
    List<AnnotationUsage> getAnnotation();

    /** Member ids of the fields of {@link Type} itself, used when a type object is serialized. */
    public static final class MemberId {

        /** Member id of the property field. */
        public static final int PROPERTY_TYPE_MEMBER_ID = 0;

        /** Member id of the annotation list field. */
        public static final int ANNOTATION_TYPE_MEMBER_ID = 1;
    }
}
