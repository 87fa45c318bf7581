package org.omg.dds.type.dynamic;

import java.util.List;
import java.util.Map;
import org.omg.dds.core.DDSObject;
import org.omg.dds.type.TypeKind;

/**
 * A DDS type built or loaded at run time rather than derived from a Java class. Its shape is given by a
 * {@link TypeDescriptor}; aggregated, enumeration and bit set types also have members, each identified by
 * a member id and a name. Samples of it are {@link DynamicData} objects.
 */
public interface DynamicType extends DDSObject, Cloneable {

    /** The descriptor of this type: its kind, name and kind-specific properties. */
    TypeDescriptor getDescriptor();

    /** The fully qualified name of this type. */
    String getName();

    /** The kind of this type. */
    TypeKind getKind();

    /** The member with id {@code memberId}, or {@code null} if there is none. */
    DynamicTypeMember getMember(int memberId);

    /** The member named {@code memberName}, or {@code null} if there is none. */
    DynamicTypeMember getMember(String memberName);

    /** All members, keyed by member id. */
    Map<Integer, DynamicTypeMember> getAllMembers();

    /** The members with the given ids, keyed by member id; ids without a member are left out. */
    Map<Integer, DynamicTypeMember> getAllMembers(int... memberIds);

    /** The members with the given names, keyed by name; names without a member are left out. */
    Map<String, DynamicTypeMember> getAllMembers(String... memberNames);

    /** All annotations applied to this type, keyed by their position in the order of application. */
    Map<Integer, AnnotationDescriptor> getAllAnnotations();

    /** The annotation at position {@code index}, or {@code null} if there is none. */
    AnnotationDescriptor getAnnotation(int index);

    /** The applied annotation whose annotation type is named {@code name}, or {@code null} if none. */
    AnnotationDescriptor getAnnotation(String name);

    /** The annotations at the given positions, keyed by position. */
    Map<Integer, AnnotationDescriptor> getAnnotations(int... indices);

    /** The applied annotations whose annotation types have the given names, keyed by name. */
    Map<String, AnnotationDescriptor> getAnnotations(String... names);

    /** Applies {@code annotation} to this type. */
    void setAnnotation(AnnotationDescriptor annotation);

    /** Applies each of {@code annotations} to this type. */
    void setAnnotations(AnnotationDescriptor... annotations);

    /**
     * Adds a member described by {@code descriptor}.
     *
     * @return the new member
     * @throws IllegalArgumentException if the descriptor is inconsistent or clashes with an existing
     *         member
     */
    DynamicTypeMember addMember(MemberDescriptor descriptor);

    /**
     * Adds one member per descriptor, in order.
     *
     * @return the new members, in the order of {@code descriptors}
     */
    List<DynamicTypeMember> addMembers(MemberDescriptor... descriptors);

    /** A copy of this type that can be changed independently of it. */
    DynamicType clone();
}
