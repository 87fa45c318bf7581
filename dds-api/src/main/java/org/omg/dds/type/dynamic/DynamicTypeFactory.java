package org.omg.dds.type.dynamic;

import io.sirocco.dds.spi.Environments;
import java.util.Collection;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.TypeKind;

/** TODO */
public abstract class DynamicTypeFactory implements DDSObject {

    /** TODO */
    public DynamicTypeFactory() {
    }

    /** TODO */
    public static DynamicTypeFactory getInstance(ServiceEnvironment env) {
        return Environments.spi(env).getTypeFactory();
    }

    /** TODO */
    public abstract DynamicType getPrimitiveType(TypeKind typeKind);

    /** TODO */
    public abstract DynamicType createType(TypeDescriptor typeDescriptor);

    /** TODO */
    public abstract DynamicType createStringType(int value);

    /** TODO */
    public abstract DynamicType createWStringType(int value);

    /** TODO */
    public abstract DynamicType createSequenceType(DynamicType dynamicType);

    /** TODO */
    public abstract DynamicType createSequenceType(DynamicType dynamicType, int value);

    /** TODO */
    public abstract DynamicType createArrayType(DynamicType dynamicType, int... values);

    /** TODO */
    public abstract DynamicType createMapType(DynamicType dynamicType, DynamicType dynamicType2, int value);

    /** TODO */
    public abstract DynamicType createBitSetType(int value);

    /** TODO */
    public abstract DynamicType loadType(String name);

    /** TODO */
    public abstract Collection<DynamicType> loadTypes(String name);

    /** TODO */
    public abstract DynamicType loadType(String name, String name2);

    /** TODO */
    public abstract Collection<DynamicType> loadTypes(String name, String... strings);

    /** TODO */
    public abstract TypeDescriptor newTypeDescriptor();

    /** TODO */
    public abstract MemberDescriptor newMemberDescriptor();

    /** TODO */
    public abstract AnnotationDescriptor newAnnotationDescriptor();
}
