package io.sirocco.dcps.type.builtin;

import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.KeyHashes;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.util.function.Function;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.builtin.KeyedString;

/**
 * Codec of the built-in type {@code DDS::KeyedString}:
 * <pre>
 *   struct KeyedString {      // final
 *     @key string key;
 *     string value;
 *   };
 * </pre>
 * The key is an unbounded string, so the key hash is always an MD5 digest.
 *
 * @param <T> {@link KeyedString} itself or Sirocco's {@link KeyedStringSample}
 */
public final class KeyedStringCodec<T extends KeyedString> implements TypeCodec<T> {
    /** The wire type name. */
    public static final String TYPE_NAME = "DDS::KeyedString";

    /** The codec registered for {@code KeyedString.class}. */
    public static final KeyedStringCodec<KeyedString> FOR_API_TYPE =
            new KeyedStringCodec<>(KeyedString.class, KeyedStringSample::new);
    /** The codec registered for {@code KeyedStringSample.class}. */
    public static final KeyedStringCodec<KeyedStringSample> FOR_SAMPLES =
            new KeyedStringCodec<>(KeyedStringSample.class, KeyedStringSample::new);

    private final Class<T> type;
    private final Function<ServiceEnvironment, T> factory;

    private KeyedStringCodec(Class<T> type, Function<ServiceEnvironment, T> factory) {
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
        target.setValue(source.getValue());
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
        out.writeString(sample.getValue());
    }

    @Override
    public void deserialize(CdrInput in, T target) {
        String key = in.readString(target.getKey());
        String value = in.readString(target.getValue());
        target.setKey(key);
        target.setValue(value);
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
}
