package org.omg.dds.type.builtin;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Sample of the built-in {@code KeyedBytes} type: a string key, which identifies the instance, and an
 * opaque byte-sequence value. It lets applications exchange binary payloads per instance without
 * defining a type of their own.
 */
public abstract class KeyedBytes implements Cloneable, Serializable, DDSObject {

    /** For implementations; applications call {@link #newKeyedBytes(ServiceEnvironment)}. */
    public KeyedBytes() {
    }

    /**
     * A new sample with an empty key and an empty value.
     *
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static KeyedBytes newKeyedBytes(ServiceEnvironment env) {
        return Environments.spi(env).newKeyedBytes();
    }

    /** The key, which selects the instance this sample belongs to. */
    public abstract String getKey();

    /**
     * Sets the key.
     *
     * @return this sample
     */
    public abstract KeyedBytes setKey(CharSequence key);

    /** The value bytes. */
    public abstract byte[] getValue();

    /**
     * Sets the value to the contents of {@code value}.
     *
     * @return this sample
     */
    public abstract KeyedBytes setValue(byte[] value);

    /**
     * Sets the value to the {@code length} bytes of {@code value} that start at index {@code offset}.
     *
     * @return this sample
     * @throws IndexOutOfBoundsException if the range lies outside {@code value}
     */
    public abstract KeyedBytes setValue(byte[] value, int offset, int length);

    /** Makes this sample's key and value equal to those of {@code source}. */
    public abstract void copyFrom(KeyedBytes source);

    /** A copy of this sample that shares no mutable state with it. */
    public abstract KeyedBytes clone();
}
