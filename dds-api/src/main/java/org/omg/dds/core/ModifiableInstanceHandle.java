package org.omg.dds.core;

/** TODO */
public abstract class ModifiableInstanceHandle extends InstanceHandle {

    /** TODO */
    public ModifiableInstanceHandle() {
    }

    /** TODO */
    public abstract void copyFrom(InstanceHandle instanceHandle);

    /** TODO */
    public abstract InstanceHandle immutableCopy();
}
