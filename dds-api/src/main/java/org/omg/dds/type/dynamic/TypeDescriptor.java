package org.omg.dds.type.dynamic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;
import org.omg.dds.type.TypeKind;

/**
 * The properties of a dynamic type, apart from its members. Fill one in with the {@code with...} methods,
 * which return this descriptor, and pass it to {@link DynamicTypeFactory#createType(TypeDescriptor)}; each
 * property applies only to some kinds of type.
 */
public interface TypeDescriptor extends Serializable, DDSObject {

    /** Whether the properties set so far fit together and suit the kind. */
    boolean isConsistent();

    /** The kind of type. */
    TypeKind getKind();

    /** The fully qualified type name. */
    String getName();

    /** For a structure, the structure it extends; for an alias, the aliased type; otherwise {@code null}. */
    DynamicType getBaseType();

    /** For a union, the type of its discriminator; otherwise {@code null}. */
    DynamicType getDiscriminatorType();

    /**
     * The bounds: the maximum length of a string, sequence or map, the dimensions of an array, or the
     * number of bits of a bit set.
     */
    List<Integer> getBound();

    /** For a collection (array, sequence, string or map), the type of its elements. */
    DynamicType getElementType();

    /** For a map, the type of its keys. */
    DynamicType getKeyElementType();

    /**
     * Sets the kind of type.
     *
     * @return this descriptor
     */
    TypeDescriptor withKind(TypeKind kind);

    /**
     * Sets the fully qualified type name.
     *
     * @return this descriptor
     */
    TypeDescriptor withName(String name);

    /**
     * Sets the base structure or aliased type.
     *
     * @return this descriptor
     */
    TypeDescriptor withBaseType(DynamicType baseType);

    /**
     * Sets the discriminator type of a union.
     *
     * @return this descriptor
     */
    TypeDescriptor withDiscriminatorType(DynamicType discriminatorType);

    /**
     * Sets the bounds, as described for {@link #getBound()}.
     *
     * @return this descriptor
     */
    TypeDescriptor withBound(int... bounds);

    /**
     * Sets the element type of a collection.
     *
     * @return this descriptor
     */
    TypeDescriptor withElementType(DynamicType elementType);

    /**
     * Sets the key type of a map.
     *
     * @return this descriptor
     */
    TypeDescriptor withKeyElementType(DynamicType keyElementType);
}
