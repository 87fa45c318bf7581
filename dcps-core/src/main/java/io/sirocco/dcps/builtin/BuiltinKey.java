package io.sirocco.dcps.builtin;

import io.sirocco.dcps.core.Guid;
import java.util.Arrays;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.topic.BuiltinTopicKey;

/** The key of a built-in topic sample: the entity's GUID as four 32-bit integers. */
public final class BuiltinKey implements BuiltinTopicKey {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private final int[] value = new int[4];

    public BuiltinKey(ServiceEnvironment environment) {
        this.environment = environment;
    }

    public BuiltinKey(ServiceEnvironment environment, Guid guid) {
        this(environment);
        set(guid);
    }

    public void set(Guid guid) {
        System.arraycopy(guid.toBuiltinKey(), 0, value, 0, 4);
    }

    /** The GUID this key stands for. */
    public Guid guid() {
        return Guid.fromBuiltinKey(value);
    }

    @Override
    public int[] getValue() {
        return value.clone();
    }

    /** The key's integers without copying, for codecs. */
    int[] raw() {
        return value;
    }

    @Override
    public void copyFrom(BuiltinTopicKey source) {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
        System.arraycopy(source.getValue(), 0, value, 0, 4);
    }

    @Override
    public BuiltinKey clone() {
        BuiltinKey copy = new BuiltinKey(environment);
        System.arraycopy(value, 0, copy.value, 0, 4);
        return copy;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BuiltinKey k && Arrays.equals(value, k.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return guid().toString();
    }
}
