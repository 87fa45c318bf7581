package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text to be copied unchanged into the code that tools generate from this type, for example a comment or
 * an extra method. It has no effect on serialization.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface Verbatim {
    /** The text to insert. */
    String text();

    /** The target language the text is meant for; {@code "*"} means every language. */
    String language() default "*";

    /**
     * Where the text goes relative to the generated declaration: {@code "before-declaration"},
     * {@code "begin-declaration"}, {@code "end-declaration"} or {@code "after-declaration"}.
     */
    String placement() default "before-declaration";
}
