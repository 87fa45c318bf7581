package io.sirocco.dcps.core;

import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.ServiceEnvironment;

/** An immutable instance handle: a JVM-unique {@code long}, 0 for nil (see {@link Handles}). */
public final class LongInstanceHandle extends InstanceHandle {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final long value;

    public LongInstanceHandle(ServiceEnvironment environment, long value) {
        this.environment = environment;
        this.value = value;
    }

    public long value() {
        return value;
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
        return other instanceof LongInstanceHandle h ? h.value == value
                : other instanceof ModifiableLongInstanceHandle m && m.value() == value;
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
