package org.omg.dds.type.dynamic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;
import org.omg.dds.type.TypeKind;

/** TODO */
public interface TypeDescriptor extends Serializable, DDSObject {

    /** TODO */
    boolean isConsistent();

    /** TODO */
    TypeKind getKind();

    /** TODO */
    String getName();

    /** TODO */
    DynamicType getBaseType();

    /** TODO */
    DynamicType getDiscriminatorType();

    /** TODO */
    List<Integer> getBound();

    /** TODO */
    DynamicType getElementType();

    /** TODO */
    DynamicType getKeyElementType();

    /** TODO */
    TypeDescriptor withKind(TypeKind typeKind);

    /** TODO */
    TypeDescriptor withName(String name);

    /** TODO */
    TypeDescriptor withBaseType(DynamicType dynamicType);

    /** TODO */
    TypeDescriptor withDiscriminatorType(DynamicType dynamicType);

    /** TODO */
    TypeDescriptor withBound(int... values);

    /** TODO */
    TypeDescriptor withElementType(DynamicType dynamicType);

    /** TODO */
    TypeDescriptor withKeyElementType(DynamicType dynamicType);
}
