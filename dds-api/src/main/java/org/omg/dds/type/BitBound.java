package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the number of bits an enumeration or bit set type occupies, which fixes how many bits its values
 * take in serialized data (and, for a bit set, how many bits it can hold).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface BitBound {
    /** The number of bits; 32 unless stated otherwise. */
    int value() default 32;
}
