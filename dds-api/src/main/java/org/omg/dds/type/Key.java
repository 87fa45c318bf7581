package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or property as part of the key of its type. Samples whose key members have equal values
 * belong to the same instance, which the service tracks separately (its own history, lifecycle state and
 * instance handle); a type with no key members has a single instance per topic.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Key {
    /** Whether the member belongs to the key; {@code false} states explicitly that it does not. */
    boolean value() default true;
}
