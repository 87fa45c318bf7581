package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface AnnotationUsageMember extends Serializable, DDSObject {

    /** TODO */
    int getMemberId();

    /** TODO */
    AnnotationMemberValue getValue();
}
