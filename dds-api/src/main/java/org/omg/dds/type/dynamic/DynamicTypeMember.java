package org.omg.dds.type.dynamic;

import java.util.List;
import org.omg.dds.core.DDSObject;

/** TODO */
public interface DynamicTypeMember extends DDSObject {

    /** TODO */
    MemberDescriptor getDescriptor();

    /** TODO */
    List<AnnotationDescriptor> getAnnotations();

    /** TODO */
    void setAnnotation(AnnotationDescriptor annotationDescriptor);

    /** TODO */
    void setAnnotations(AnnotationDescriptor... annotationDescriptors);

    /** TODO */
    int getId();

    /** TODO */
    String getName();
}
