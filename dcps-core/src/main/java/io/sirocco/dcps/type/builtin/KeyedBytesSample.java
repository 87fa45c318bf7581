package io.sirocco.dcps.type.builtin;

import java.util.Arrays;
import java.util.Objects;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.builtin.KeyedBytes;

/**
 * Sirocco's {@link KeyedBytes}. {@link #setValue(byte[])} copies (reusing the current array when the
 * length is the same); {@link #getValue()} returns the sample's own array, not a copy, so that reading
 * a sample allocates nothing.
 */
public final class KeyedBytesSample extends KeyedBytes {
    private static final long serialVersionUID = 1L;
    private static final byte[] EMPTY = new byte[0];

    private final transient ServiceEnvironment environment;
    private String key = "";
    private byte[] value = EMPTY;

    /** An empty sample of {@code environment} (may be {@code null} for samples made outside any environment). */
    public KeyedBytesSample(ServiceEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public KeyedBytesSample setKey(CharSequence key) {
        this.key = key == null ? "" : key.toString();
        return this;
    }

    /** The value: the sample's own array. */
    @Override
    public byte[] getValue() {
        return value;
    }

    @Override
    public KeyedBytesSample setValue(byte[] value) {
        return value == null ? setValue(EMPTY, 0, 0) : setValue(value, 0, value.length);
    }

    @Override
    public KeyedBytesSample setValue(byte[] value, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, value.length);
        byte[] target = this.value.length == length && this.value != EMPTY ? this.value : length == 0 ? EMPTY : new byte[length];
        System.arraycopy(value, offset, target, 0, length);
        this.value = target;
        return this;
    }

    /** Takes {@code array} as the value without copying (codecs hand over arrays they allocated). */
    void adoptValue(byte[] array) {
        this.value = array;
    }

    @Override
    public void copyFrom(KeyedBytes source) {
        setKey(source.getKey());
        setValue(source.getValue());
    }

    @Override
    public KeyedBytesSample clone() {
        return new KeyedBytesSample(environment).setKey(key).setValue(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedBytesSample s && key.equals(s.key) && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "KeyedBytes[key=" + key + ", " + value.length + " bytes]";
    }
}
