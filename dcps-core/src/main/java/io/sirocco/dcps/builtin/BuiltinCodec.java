package io.sirocco.dcps.builtin;

import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The codec of a built-in topic type: samples are keyed by the GUID of the entity they describe and
 * copied with their {@code copyFrom}. Built-in samples are filled by Sirocco itself and never
 * serialized by DCPS (the RTPS discovery protocol has its own encoding), so the serialization
 * methods are not supported.
 */
final class BuiltinCodec<T extends BuiltinSample> implements TypeCodec<T> {
    private final Class<T> type;
    private final String typeName;
    private final Supplier<T> factory;
    private final BiConsumer<T, T> copier;

    BuiltinCodec(Class<T> type, String typeName, Supplier<T> factory, BiConsumer<T, T> copier) {
        this.type = type;
        this.typeName = typeName;
        this.factory = factory;
        this.copier = copier;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public DataEncoding encoding() {
        return DataEncoding.XCDR;
    }

    @Override
    public TypeExtensibility extensibility() {
        return TypeExtensibility.MUTABLE;
    }

    @Override
    public boolean isKeyed() {
        return true;
    }

    @Override
    public T newSample() {
        return factory.get();
    }

    @Override
    public void copy(T source, T target) {
        copier.accept(source, target);
    }

    @Override
    public void copyKey(T source, T target) {
        System.arraycopy(source.key().raw(), 0, target.key().raw(), 0, 4);
    }

    @Override
    public int keyHashCode(T sample) {
        return Arrays.hashCode(sample.key().raw());
    }

    @Override
    public boolean keyEquals(T a, T b) {
        return Arrays.equals(a.key().raw(), b.key().raw());
    }

    @Override
    public void keyHash(T sample, byte[] target) {
        sample.key().guid().toBytes(target, 0);
    }

    @Override
    public void serialize(T sample, CdrOutput out) {
        throw unsupported();
    }

    @Override
    public void deserialize(CdrInput in, T target) {
        throw unsupported();
    }

    @Override
    public void serializeKey(T sample, CdrOutput out) {
        throw unsupported();
    }

    @Override
    public void deserializeKey(CdrInput in, T target) {
        throw unsupported();
    }

    private UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException(typeName + " samples are not serialized by DCPS");
    }
}
