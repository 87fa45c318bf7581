package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an enum, or a field or property holding a set of enum constants, maps to a DDS bit set
 * (bitmask) type in which each constant names one bit, rather than to an enumeration holding one value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface BitSet {
    /**
     * The enum whose constants name the bits; the default, {@code Enum.class}, means the enum is inferred
     * from the annotated element.
     */
    Class<? extends Enum> elementType() default Enum.class;
}
