package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field or property of a class mapped to a DDS union as one of its branches; the branch is the
 * present one when the {@link UnionDiscriminator discriminator} has the given value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface UnionMember {
    /** The discriminator value that selects this branch. */
    long discriminatorValue();
}
