package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member of a mutable type that a reader must recognise: a reader whose version of the type lacks
 * the member discards the sample instead of ignoring the member. The flag travels in the member header;
 * key members are always treated as must-understand.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface MustUnderstand {
    /** Whether readers must understand the member. */
    boolean value() default true;
}
