package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Assigns an explicit member id to a field or property. Member ids identify members in the type
 * description and in the member headers of mutable types; members without this annotation get ids
 * assigned by the implementation, in declaration order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface ID {
    /** The member id; it must be unique within the type and fit in 28 bits. */
    long value();
}
