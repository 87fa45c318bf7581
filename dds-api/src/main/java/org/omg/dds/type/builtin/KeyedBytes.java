package org.omg.dds.type.builtin;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/** TODO */
public abstract class KeyedBytes implements Cloneable, Serializable, DDSObject {

    /** TODO */
    public KeyedBytes() {
    }

    /** TODO */
    public static KeyedBytes newKeyedBytes(ServiceEnvironment env) {
        return Environments.spi(env).newKeyedBytes();
    }

    /** TODO */
    public abstract String getKey();

    /** TODO */
    public abstract KeyedBytes setKey(CharSequence charSequence);

    /** TODO */
    public abstract byte[] getValue();

    /** TODO */
    public abstract KeyedBytes setValue(byte[] values);

    /** TODO */
    public abstract KeyedBytes setValue(byte[] values, int value, int value2);

    /** TODO */
    public abstract void copyFrom(KeyedBytes keyedBytes);

    /** TODO */
    public abstract KeyedBytes clone();
}
