package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;

/**
 * An opaque, locally meaningful identifier of a data instance (one key value of a topic) or of an
 * entity. Handles are obtained from the Service (sample info, instance registration or lookup,
 * entities) and compared with {@code equals}; the nil handle refers to nothing.
 */
public abstract class InstanceHandle implements Comparable<InstanceHandle>, Serializable, DDSObject {

    /** For implementations only; applications obtain handles from the Service. */
    public InstanceHandle() {
    }

    /**
     * Creates a modifiable handle, initially nil.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static ModifiableInstanceHandle newInstanceHandle(ServiceEnvironment env) {
        return Environments.spi(env).newInstanceHandle();
    }

    /**
     * Returns the nil handle, which refers to no instance or entity.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static InstanceHandle nilHandle(ServiceEnvironment env) {
        return Environments.spi(env).nilHandle();
    }

    /** Returns whether this is the nil handle. */
    public abstract boolean isNil();

    /** Returns a modifiable copy of this handle. */
    public abstract ModifiableInstanceHandle modifiableCopy();
}
