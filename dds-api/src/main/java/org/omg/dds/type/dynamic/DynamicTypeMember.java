package org.omg.dds.type.dynamic;

import java.util.List;
import org.omg.dds.core.DDSObject;

/** One member of a {@link DynamicType}: a field of a structure, a branch of a union, or a constant or bit. */
public interface DynamicTypeMember extends DDSObject {

    /** The descriptor of this member: its name, id, type and other properties. */
    MemberDescriptor getDescriptor();

    /** The annotations applied to this member. */
    List<AnnotationDescriptor> getAnnotations();

    /** Applies {@code annotation} to this member. */
    void setAnnotation(AnnotationDescriptor annotation);

    /** Applies each of {@code annotations} to this member. */
    void setAnnotations(AnnotationDescriptor... annotations);

    /** The member id, unique within the enclosing type. */
    int getId();

    /** The member name, unique within the enclosing type. */
    String getName();
}
