package org.omg.dds.type.dynamic;

import java.util.List;
import java.util.Map;
import org.omg.dds.core.DDSObject;
import org.omg.dds.type.TypeKind;

/** TODO */
public interface DynamicType extends DDSObject, Cloneable {

    /** TODO */
    TypeDescriptor getDescriptor();

    /** TODO */
    String getName();

    /** TODO */
    TypeKind getKind();

    /** TODO */
    DynamicTypeMember getMember(int value);

    /** TODO */
    DynamicTypeMember getMember(String name);

    /** TODO */
    Map<Integer, DynamicTypeMember> getAllMembers();

    /** TODO */
    Map<Integer, DynamicTypeMember> getAllMembers(int... values);

    /** TODO */
    Map<String, DynamicTypeMember> getAllMembers(String... strings);

    /** TODO */
    Map<Integer, AnnotationDescriptor> getAllAnnotations();

    /** TODO */
    AnnotationDescriptor getAnnotation(int value);

    /** TODO */
    AnnotationDescriptor getAnnotation(String name);

    /** TODO */
    Map<Integer, AnnotationDescriptor> getAnnotations(int... values);

    /** TODO */
    Map<String, AnnotationDescriptor> getAnnotations(String... strings);

    /** TODO */
    void setAnnotation(AnnotationDescriptor annotationDescriptor);

    /** TODO */
    void setAnnotations(AnnotationDescriptor... annotationDescriptors);

    /** TODO */
    DynamicTypeMember addMember(MemberDescriptor memberDescriptor);

    /** TODO */
    List<DynamicTypeMember> addMembers(MemberDescriptor... memberDescriptors);

    /** TODO */
    DynamicType clone();
}
