package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a type is only used as a member of other types and never as the type of a topic, so an
 * implementation need not prepare key handling or type registration for it on its own.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Nested {
    /** Whether the type is nested; {@code false} states explicitly that it may be a topic type. */
    boolean value() default true;
}
