package org.omg.dds.type.dynamic;

import java.io.Serializable;
import java.util.Map;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface AnnotationDescriptor extends Serializable, DDSObject {

    /** TODO */
    String getValue(String name);

    /** TODO */
    Map<String, String> getAllValue();

    /** TODO */
    boolean isConsistent();

    /** TODO */
    DynamicType getType();

    /** TODO */
    AnnotationDescriptor withValue(String name, String name2);

    /** TODO */
    AnnotationDescriptor withType(DynamicType dynamicType);
}
