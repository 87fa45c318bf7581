package org.omg.dds.type.typeobject;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.type.TypeKind;

/**
 * A value of an annotation member in a type object, tagged with its kind, since annotation members are
 * limited to primitive, string and enumeration types.
 */
public interface AnnotationMemberValue extends Serializable, DDSObject {

    /** The kind of the value, which decides the Java type that {@link #value()} returns. */
    TypeKind kind();

    /** The value, boxed (for example an {@code Integer} for {@link TypeKind#INT_32_TYPE}). */
    Object value();
}
