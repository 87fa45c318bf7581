package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** One application of an annotation to a type or member, in a type object. */
public interface AnnotationUsage extends Serializable, DDSObject {

    /** The type id of the annotation type applied. */
    int getTypeId();

    /** The values given to annotation members; members not listed take their default values. */
    List<AnnotationUsageMember> getMember();
}
