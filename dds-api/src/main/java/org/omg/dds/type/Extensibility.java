package org.omg.dds.type;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** TODO */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Extensibility {
    Extensibility.Kind value();

    /** TODO */
    public static enum Kind {
        FINAL_EXTENSIBILITY,
        EXTENSIBLE_EXTENSIBILITY,
        MUTABLE_EXTENSIBILITY;
    }
}
