package io.sirocco.dcps.type.builtin;

import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.KeyHashes;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.util.function.Function;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.builtin.KeyedBytes;

/**
 * Codec of the built-in type {@code DDS::KeyedBytes}:
 * <pre>
 *   struct KeyedBytes {       // final
 *     @key string key;
 *     sequence&lt;octet&gt; value;
 *   };
 * </pre>
 * The key hash is always an MD5 digest (unbounded key). Decoding into a {@link KeyedBytesSample} reuses
 * its array when the length is unchanged.
 *
 * @param <T> {@link KeyedBytes} itself or Sirocco's {@link KeyedBytesSample}
 */
public final class KeyedBytesCodec<T extends KeyedBytes> implements TypeCodec<T> {
    /** The wire type name. */
    public static final String TYPE_NAME = "DDS::KeyedBytes";

    /** The codec registered for {@code KeyedBytes.class}. */
    public static final KeyedBytesCodec<KeyedBytes> FOR_API_TYPE =
            new KeyedBytesCodec<>(KeyedBytes.class, KeyedBytesSample::new);
    /** The codec registered for {@code KeyedBytesSample.class}. */
    public static final KeyedBytesCodec<KeyedBytesSample> FOR_SAMPLES =
            new KeyedBytesCodec<>(KeyedBytesSample.class, KeyedBytesSample::new);

    private static final byte[] EMPTY = new byte[0];

    private final Class<T> type;
    private final Function<ServiceEnvironment, T> factory;

    private KeyedBytesCodec(Class<T> type, Function<ServiceEnvironment, T> factory) {
        this.type = type;
        this.factory = factory;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String typeName() {
        return TYPE_NAME;
    }

    @Override
    public DataEncoding encoding() {
        return DataEncoding.XCDR;
    }

    @Override
    public TypeExtensibility extensibility() {
        return TypeExtensibility.FINAL;
    }

    @Override
    public boolean isKeyed() {
        return true;
    }

    /** A sample bound to no environment; prefer {@link #newSample(ServiceEnvironment)}. */
    @Override
    public T newSample() {
        return factory.apply(null);
    }

    @Override
    public T newSample(ServiceEnvironment environment) {
        return factory.apply(environment);
    }

    @Override
    public void copy(T source, T target) {
        target.setKey(source.getKey());
        byte[] v = source.getValue();
        target.setValue(v == null ? EMPTY : v);
    }

    @Override
    public void copyKey(T source, T target) {
        target.setKey(source.getKey());
    }

    @Override
    public int keyHashCode(T sample) {
        return norm(sample.getKey()).hashCode();
    }

    @Override
    public boolean keyEquals(T a, T b) {
        return norm(a.getKey()).equals(norm(b.getKey()));
    }

    @Override
    public void keyHash(T sample, byte[] target) {
        CdrOutput out = KeyHashes.output();
        out.writeString(sample.getKey());
        KeyHashes.finish(out, true, target);
    }

    @Override
    public void serialize(T sample, CdrOutput out) {
        out.writeString(sample.getKey());
        byte[] v = sample.getValue();
        if (v == null) {
            v = EMPTY;
        }
        out.writeSequenceLength(v.length);
        out.writeBytes(v, 0, v.length);
    }

    @Override
    public void deserialize(CdrInput in, T target) {
        String key = in.readString(target.getKey());
        int n = in.readSequenceLength(1);
        byte[] current = target.getValue();
        if (target instanceof KeyedBytesSample s) {
            byte[] array = current != null && current.length == n ? current : n == 0 ? EMPTY : new byte[n];
            in.readBytes(array, 0, n);
            s.adoptValue(array);
        } else {
            byte[] array = new byte[n];
            in.readBytes(array, 0, n);
            target.setValue(array);
        }
        target.setKey(key);
    }

    @Override
    public void serializeKey(T sample, CdrOutput out) {
        out.writeString(sample.getKey());
    }

    @Override
    public void deserializeKey(CdrInput in, T target) {
        target.setKey(in.readString(target.getKey()));
    }

    private static String norm(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return "KeyedBytesCodec[" + type.getSimpleName() + "]";
    }
}
