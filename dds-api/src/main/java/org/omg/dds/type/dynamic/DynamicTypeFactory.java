package org.omg.dds.type.dynamic;

import io.sirocco.dds.spi.Environments;
import java.util.Collection;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.TypeKind;

/**
 * Creates {@link DynamicType}s: primitive types, types built from descriptors, collection types, and
 * types loaded from type-definition documents. It also creates the empty descriptors to fill in.
 */
public abstract class DynamicTypeFactory implements DDSObject {

    /** For implementations; applications call {@link #getInstance(ServiceEnvironment)}. */
    public DynamicTypeFactory() {
    }

    /**
     * The type factory of {@code env}.
     *
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static DynamicTypeFactory getInstance(ServiceEnvironment env) {
        return Environments.spi(env).getTypeFactory();
    }

    /**
     * The primitive type of the given kind.
     *
     * @throws IllegalArgumentException if {@code kind} is not a primitive kind
     */
    public abstract DynamicType getPrimitiveType(TypeKind kind);

    /**
     * A new type as described by {@code descriptor}; members, if any, are added afterwards.
     *
     * @throws IllegalArgumentException if the descriptor is inconsistent
     */
    public abstract DynamicType createType(TypeDescriptor descriptor);

    /** A string type of 8-bit characters holding at most {@code bound} characters; 0 means unbounded. */
    public abstract DynamicType createStringType(int bound);

    /** A string type of wide characters holding at most {@code bound} characters; 0 means unbounded. */
    public abstract DynamicType createWStringType(int bound);

    /** An unbounded sequence type with elements of {@code elementType}. */
    public abstract DynamicType createSequenceType(DynamicType elementType);

    /** A sequence type with elements of {@code elementType} and at most {@code bound} of them. */
    public abstract DynamicType createSequenceType(DynamicType elementType, int bound);

    /** An array type with elements of {@code elementType} and the given dimensions, one per index. */
    public abstract DynamicType createArrayType(DynamicType elementType, int... dimensions);

    /**
     * A map type from {@code keyElementType} to {@code elementType} holding at most {@code bound} entries;
     * 0 means unbounded.
     */
    public abstract DynamicType createMapType(DynamicType keyElementType, DynamicType elementType, int bound);

    /** A bit set type of {@code bound} bits. */
    public abstract DynamicType createBitSetType(int bound);

    /** Loads the type defined by the document (for example XML or IDL) at {@code documentUrl}. */
    public abstract DynamicType loadType(String documentUrl);

    /** Loads every type defined by the document at {@code documentUrl}. */
    public abstract Collection<DynamicType> loadTypes(String documentUrl);

    /** Loads the type named {@code typeName} from the document at {@code documentUrl}. */
    public abstract DynamicType loadType(String documentUrl, String typeName);

    /** Loads the types with the given names from the document at {@code documentUrl}. */
    public abstract Collection<DynamicType> loadTypes(String documentUrl, String... typeNames);

    /** A new, empty type descriptor, to fill in and pass to {@link #createType(TypeDescriptor)}. */
    public abstract TypeDescriptor newTypeDescriptor();

    /** A new, empty member descriptor, to fill in and pass to {@link DynamicType#addMember}. */
    public abstract MemberDescriptor newMemberDescriptor();

    /** A new, empty annotation descriptor, to fill in and apply to a type or member. */
    public abstract AnnotationDescriptor newAnnotationDescriptor();
}
