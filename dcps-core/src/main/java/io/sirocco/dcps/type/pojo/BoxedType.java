package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.util.Objects;

/** A boxed primitive ({@code Integer}, ...): the member form of optional primitives, and list elements. */
final class BoxedType extends ValueType {
    private final int kind;

    BoxedType(int kind) {
        this.kind = kind;
    }

    @Override
    int primitiveKind() {
        return kind;
    }

    @Override
    public void write(Object v, CdrOutput out) {
        switch (kind) {
            case Kinds.BOOLEAN -> out.writeBoolean(v != null && (Boolean) v);
            case Kinds.BYTE -> out.writeByte(v == null ? 0 : (Byte) v);
            case Kinds.SHORT -> out.writeShort(v == null ? 0 : (Short) v);
            case Kinds.CHAR8 -> out.writeChar8(v == null ? 0 : (Character) v);
            case Kinds.WCHAR -> out.writeWchar(v == null ? 0 : (Character) v);
            case Kinds.INT -> out.writeInt(v == null ? 0 : (Integer) v);
            case Kinds.LONG -> out.writeLong(v == null ? 0 : (Long) v);
            case Kinds.FLOAT -> out.writeFloat(v == null ? 0 : (Float) v);
            default -> out.writeDouble(v == null ? 0 : (Double) v);
        }
    }

    @Override
    public Object read(CdrInput in, Object current) {
        return switch (kind) {
            case Kinds.BOOLEAN -> in.readBoolean();
            case Kinds.BYTE -> in.readByte();
            case Kinds.SHORT -> in.readShort();
            case Kinds.CHAR8 -> in.readChar8();
            case Kinds.WCHAR -> in.readWchar();
            case Kinds.INT -> in.readInt();
            case Kinds.LONG -> in.readLong();
            case Kinds.FLOAT -> in.readFloat();
            default -> in.readDouble();
        };
    }

    @Override
    Object copy(Object source, Object current) {
        return source;
    }

    @Override
    boolean equal(Object a, Object b) {
        return Objects.equals(a == null ? defaultValue() : a, b == null ? defaultValue() : b);
    }

    @Override
    int hash(Object value) {
        return Objects.hashCode(value == null ? defaultValue() : value);
    }

    @Override
    long keyHashEnd(long pos) {
        return Kinds.xcdr2End(pos, kind);
    }

    @Override
    Object defaultValue() {
        return switch (kind) {
            case Kinds.BOOLEAN -> Boolean.FALSE;
            case Kinds.BYTE -> (byte) 0;
            case Kinds.SHORT -> (short) 0;
            case Kinds.CHAR8, Kinds.WCHAR -> (char) 0;
            case Kinds.INT -> 0;
            case Kinds.LONG -> 0L;
            case Kinds.FLOAT -> 0f;
            default -> 0d;
        };
    }

    @Override
    int lengthCode() {
        return Kinds.memberLengthCode(kind);
    }

    @Override
    int minSize() {
        return Kinds.size(kind);
    }
}
