package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MemberHeaders;

/** A nested mapped class: an IDL struct member, serialized in place by its own {@link StructCodec}. */
final class StructType extends ValueType {
    private final StructCodec codec;

    StructType(StructCodec codec) {
        this.codec = codec;
    }

    StructCodec codec() {
        return codec;
    }

    @Override
    public void write(Object value, CdrOutput out) {
        codec.write(value == null ? codec.defaultInstance() : value, codec.members, false, out);
    }

    @Override
    void writeKey(Object value, CdrOutput out) {
        codec.write(value == null ? codec.defaultInstance() : value, codec.nestedKeys, true, out);
    }

    @Override
    public Object read(CdrInput in, Object current) {
        Object o = current != null ? current : codec.newInstance();
        codec.read(in, o, codec.members, false);
        return o;
    }

    @Override
    Object readKey(CdrInput in, Object current) {
        Object o = current != null ? current : codec.newInstance();
        codec.read(in, o, codec.nestedKeys, true);
        return o;
    }

    @Override
    Object copy(Object source, Object current) {
        if (source == null) {
            return null;
        }
        Object target = current != null && current != source ? current : codec.newInstance();
        codec.copy(source, target, codec.members, false);
        return target;
    }

    @Override
    Object copyKey(Object source, Object current) {
        if (source == null) {
            return null;
        }
        Object target = current != null && current != source ? current : codec.newInstance();
        codec.copy(source, target, codec.nestedKeys, true);
        return target;
    }

    @Override
    boolean equal(Object a, Object b) {
        return codec.equal(orDefault(a), orDefault(b), codec.members, false);
    }

    @Override
    boolean keyEqual(Object a, Object b) {
        return codec.equal(orDefault(a), orDefault(b), codec.nestedKeys, true);
    }

    @Override
    int hash(Object value) {
        return codec.hash(orDefault(value), codec.members, false);
    }

    @Override
    int keyHash(Object value) {
        return codec.hash(orDefault(value), codec.nestedKeys, true);
    }

    @Override
    void writeKeyHash(Object value, CdrOutput out) {
        codec.writeKeyHash(orDefault(value), codec.nestedKeyHashOrder, out);
    }

    @Override
    Object readKeyHash(CdrInput in, Object current) {
        Object o = current != null ? current : codec.newInstance();
        codec.readKeyHash(in, o, codec.nestedKeyHashOrder);
        return o;
    }

    @Override
    long keyHashEnd(long pos) {
        return codec.keyHashEnd(pos, codec.nestedKeyHashOrder);
    }

    @Override
    Object defaultValue() {
        return codec.newInstance();
    }

    @Override
    int lengthCode() {
        return MemberHeaders.LC_NEXTINT;
    }

    @Override
    int minSize() {
        return codec.minSize();
    }

    private Object orDefault(Object o) {
        return o == null ? codec.defaultInstance() : o;
    }
}
