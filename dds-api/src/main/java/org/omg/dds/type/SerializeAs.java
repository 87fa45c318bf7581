package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the DDS type that a Java type, field or property is mapped to, for cases the default mapping
 * cannot express, such as unsigned integers, bounded strings and sequences, or arrays with fixed
 * dimensions.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface SerializeAs {
    /** The kind of DDS type to use, for example {@link TypeKind#UINT_32_TYPE}. */
    TypeKind value();

    /**
     * The bounds of a string, sequence or map (one value) or the dimensions of an array (one value per
     * dimension); empty means unbounded.
     */
    long[] bound() default {};

    /** For a collection, the kind of its elements; {@link TypeKind#NO_TYPE} means the default mapping. */
    TypeKind collectionElementKind() default TypeKind.NO_TYPE;

    /** For a map, the kind of its keys; {@link TypeKind#NO_TYPE} means the default mapping. */
    TypeKind mapKeyElementKind() default TypeKind.NO_TYPE;
}
