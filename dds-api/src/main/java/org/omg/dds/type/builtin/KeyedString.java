package org.omg.dds.type.builtin;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/** TODO */
public abstract class KeyedString implements Cloneable, Serializable, DDSObject {

    /** TODO */
    public KeyedString() {
    }

    /** TODO */
    public static KeyedString newKeyedString(ServiceEnvironment env) {
        return Environments.spi(env).newKeyedString();
    }

    /** TODO */
    public abstract KeyedString setKey(CharSequence charSequence);

    /** TODO */
    public abstract String getKey();

    /** TODO */
    public abstract KeyedString setValue(CharSequence charSequence);

    /** TODO */
    public abstract String getValue();

    /** TODO */
    public abstract void copyFrom(KeyedString keyedString);

    /** TODO */
    public abstract KeyedString clone();
}
