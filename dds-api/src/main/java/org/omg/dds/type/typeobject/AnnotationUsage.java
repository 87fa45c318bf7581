package org.omg.dds.type.typeobject;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface AnnotationUsage extends Serializable, DDSObject {

    /** TODO */
    int getTypeId();

    /** TODO */
    List<AnnotationUsageMember> getMember();
}
