package org.omg.dds.core;

/**
 * An {@link InstanceHandle} whose value can be changed in place, for reuse as an output holder.
 */
public abstract class ModifiableInstanceHandle extends InstanceHandle {

    /**
     * For implementations only; applications call
     * {@link InstanceHandle#newInstanceHandle(ServiceEnvironment)}.
     */
    public ModifiableInstanceHandle() {
    }

    /**
     * Makes this handle refer to the same instance or entity as {@code handle}.
     *
     * @param handle the handle to copy
     */
    public abstract void copyFrom(InstanceHandle handle);

    /** Returns an immutable copy of the current value of this handle. */
    public abstract InstanceHandle immutableCopy();
}
