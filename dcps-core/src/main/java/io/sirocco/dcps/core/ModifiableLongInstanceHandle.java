package io.sirocco.dcps.core;

import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.ServiceEnvironment;

/** A mutable instance handle, reused by pooled samples. Equal to any handle with the same value. */
public final class ModifiableLongInstanceHandle extends ModifiableInstanceHandle {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private long value;

    public ModifiableLongInstanceHandle(ServiceEnvironment environment, long value) {
        this.environment = environment;
        this.value = value;
    }

    public long value() {
        return value;
    }

    public void setValue(long newValue) {
        this.value = newValue;
    }

    @Override
    public void copyFrom(InstanceHandle handle) {
        value = Handles.valueOf(handle, "handle");
    }

    @Override
    public InstanceHandle immutableCopy() {
        return new LongInstanceHandle(environment, value);
    }

    @Override
    public boolean isNil() {
        return value == Handles.NIL;
    }

    @Override
    public ModifiableInstanceHandle modifiableCopy() {
        return new ModifiableLongInstanceHandle(environment, value);
    }

    @Override
    public int compareTo(InstanceHandle other) {
        return Long.compare(value, Handles.valueOf(other, "other"));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModifiableLongInstanceHandle m ? m.value == value
                : other instanceof LongInstanceHandle h && h.value() == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return "InstanceHandle[" + value + "]";
    }
}
