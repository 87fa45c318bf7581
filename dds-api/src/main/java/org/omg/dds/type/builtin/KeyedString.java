package org.omg.dds.type.builtin;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Sample of the built-in {@code KeyedString} type: a string key, which identifies the instance, and a
 * string value. It lets applications exchange text per instance without defining a type of their own.
 */
public abstract class KeyedString implements Cloneable, Serializable, DDSObject {

    /** For implementations; applications call {@link #newKeyedString(ServiceEnvironment)}. */
    public KeyedString() {
    }

    /**
     * A new sample with an empty key and an empty value.
     *
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static KeyedString newKeyedString(ServiceEnvironment env) {
        return Environments.spi(env).newKeyedString();
    }

    /**
     * Sets the key, which selects the instance this sample belongs to.
     *
     * @return this sample
     */
    public abstract KeyedString setKey(CharSequence key);

    /** The key. */
    public abstract String getKey();

    /**
     * Sets the value.
     *
     * @return this sample
     */
    public abstract KeyedString setValue(CharSequence value);

    /** The value. */
    public abstract String getValue();

    /** Makes this sample's key and value equal to those of {@code source}. */
    public abstract void copyFrom(KeyedString source);

    /** A copy of this sample. */
    public abstract KeyedString clone();
}
