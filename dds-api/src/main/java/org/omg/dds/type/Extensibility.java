package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how a type may evolve between versions, which decides both which versions of the type are
 * assignable to each other and how samples are laid out in XCDR. For a type without this annotation
 * DDS-XTypes suggests {@link Kind#EXTENSIBLE_EXTENSIBILITY extensible} (appendable); Sirocco, like
 * Cyclone DDS's IDL compiler, treats it as {@link Kind#FINAL_EXTENSIBILITY final}, which every peer
 * (including XCDR1-only ones) can read.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Extensibility {
    /** The extensibility kind of the annotated type. */
    Extensibility.Kind value();

    /** The three extensibility kinds of DDS-XTypes. */
    public static enum Kind {
        /**
         * The type may not change: peers must agree on exactly the same members, which are serialized
         * back to back without any headers.
         */
        FINAL_EXTENSIBILITY,
        /**
         * Appendable: later versions may add members at the end only; in XCDR version 2 the sample is
         * prefixed with its length so that a reader can skip members it does not know.
         */
        EXTENSIBLE_EXTENSIBILITY,
        /**
         * Members may be added, removed or reordered; each member is serialized with a header carrying
         * its member id (and length), so that readers match members by id rather than by position.
         */
        MUTABLE_EXTENSIBILITY;
    }
}
