package io.sirocco.dcps.type.lookup;

import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;

/** A do-nothing codec standing in for IDL-generated ones. */
abstract class StubCodec<T> implements TypeCodec<T> {
    private final Class<T> type;
    private final String name;

    StubCodec(Class<T> type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String typeName() {
        return name;
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
        return false;
    }

    @Override
    public T newSample() {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void copy(T source, T target) {
    }

    @Override
    public void copyKey(T source, T target) {
    }

    @Override
    public int keyHashCode(T sample) {
        return 0;
    }

    @Override
    public boolean keyEquals(T a, T b) {
        return true;
    }

    @Override
    public void keyHash(T sample, byte[] target) {
    }

    @Override
    public void serialize(T sample, CdrOutput out) {
    }

    @Override
    public void deserialize(CdrInput in, T target) {
    }

    @Override
    public void serializeKey(T sample, CdrOutput out) {
    }

    @Override
    public void deserializeKey(CdrInput in, T target) {
    }
}
