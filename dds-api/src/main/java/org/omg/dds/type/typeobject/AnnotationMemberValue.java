package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.type.TypeKind;

/** TODO */
public interface AnnotationMemberValue extends Serializable, DDSObject {

    /** TODO */
    TypeKind kind();

    /** TODO */
    Object value();
}
