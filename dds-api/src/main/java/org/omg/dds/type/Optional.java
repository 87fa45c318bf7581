package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or property that may be absent from a sample; in Java an absent member is {@code null}.
 * The serialized form records whether the member is present, so absence differs from a default value.
 * Key members cannot be optional.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Optional {
    /** Whether the member is optional. */
    boolean value() default true;
}
