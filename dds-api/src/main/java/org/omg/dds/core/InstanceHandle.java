package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;

/** TODO */
public abstract class InstanceHandle implements Comparable<InstanceHandle>, Serializable, DDSObject {

    /** TODO */
    public InstanceHandle() {
    }

    /** TODO */
    public static ModifiableInstanceHandle newInstanceHandle(ServiceEnvironment env) {
        return Environments.spi(env).newInstanceHandle();
    }

    /** TODO */
    public static InstanceHandle nilHandle(ServiceEnvironment env) {
        return Environments.spi(env).nilHandle();
    }

    /** TODO */
    public abstract boolean isNil();

    /** TODO */
    public abstract ModifiableInstanceHandle modifiableCopy();
}
