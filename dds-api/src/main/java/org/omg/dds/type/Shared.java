package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a member that is held by reference and may be shared with other samples instead of being
 * embedded in its enclosing object. Java fields are references anyway; the flag matters for the type
 * description and for language mappings that embed members by value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Shared {
    /** Whether the member is shared. */
    boolean value() default true;
}
