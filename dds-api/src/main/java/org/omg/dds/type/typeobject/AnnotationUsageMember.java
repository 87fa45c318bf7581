package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** The value given to one annotation member when the annotation is applied. */
public interface AnnotationUsageMember extends Serializable, DDSObject {

    /** The member id of the annotation member. */
    int getMemberId();

    /** The value given. */
    AnnotationMemberValue getValue();
}
