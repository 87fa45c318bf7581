package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MemberHeaders;
import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * A Java primitive array as an IDL sequence ({@code sequence<T>} or {@code sequence<T, N>}: uint32
 * count, then the elements) or, with a fixed length, an IDL array (elements only). Written and read
 * in bulk. On read the field's current array is reused when its length matches.
 */
final class PrimitiveArrayType extends ValueType {
    static final int SEQUENCE = -1;

    private final int kind;
    private final int fixedLength;   // SEQUENCE for sequences
    private final int bound;         // sequences: maximum count
    private final Object empty;

    PrimitiveArrayType(int kind, int fixedLength, int bound) {
        this.kind = kind;
        this.fixedLength = fixedLength;
        this.bound = bound;
        this.empty = newArray(0);
    }

    boolean isFixed() {
        return fixedLength != SEQUENCE;
    }

    int elementKind() {
        return kind;
    }

    private Object newArray(int n) {
        return switch (kind) {
            case Kinds.BOOLEAN -> new boolean[n];
            case Kinds.BYTE -> new byte[n];
            case Kinds.SHORT -> new short[n];
            case Kinds.CHAR8, Kinds.WCHAR -> new char[n];
            case Kinds.INT -> new int[n];
            case Kinds.LONG -> new long[n];
            case Kinds.FLOAT -> new float[n];
            default -> new double[n];
        };
    }

    @Override
    public void write(Object value, CdrOutput out) {
        Object a = value == null ? (isFixed() ? newArray(fixedLength) : empty) : value;
        int n = Array.getLength(a);
        if (isFixed()) {
            if (n != fixedLength) {
                throw new IllegalArgumentException("array of length " + n + " for an IDL array of " + fixedLength);
            }
        } else {
            if (n > bound) {
                throw new IllegalArgumentException("sequence of " + n + " elements exceeds its bound of " + bound);
            }
            out.writeSequenceLength(n);
        }
        switch (kind) {
            case Kinds.BOOLEAN -> out.writeBooleans((boolean[]) a, 0, n);
            case Kinds.BYTE -> out.writeBytes((byte[]) a, 0, n);
            case Kinds.SHORT -> out.writeShorts((short[]) a, 0, n);
            case Kinds.CHAR8 -> out.writeChars8((char[]) a, 0, n);
            case Kinds.WCHAR -> out.writeWchars((char[]) a, 0, n);
            case Kinds.INT -> out.writeInts((int[]) a, 0, n);
            case Kinds.LONG -> out.writeLongs((long[]) a, 0, n);
            case Kinds.FLOAT -> out.writeFloats((float[]) a, 0, n);
            default -> out.writeDoubles((double[]) a, 0, n);
        }
    }

    @Override
    public Object read(CdrInput in, Object current) {
        int n;
        if (isFixed()) {
            n = fixedLength;
        } else {
            int at = in.position();
            n = in.readSequenceLength(Kinds.size(kind));
            if (n > bound) {
                throw in.malformed("sequence of " + n + " elements exceeds its bound of " + bound, at);
            }
        }
        Object a = current != null && current.getClass() == empty.getClass() && Array.getLength(current) == n
                ? current : n == 0 ? empty : null;
        if (a == null) {
            if ((long) n * Kinds.size(kind) > in.remaining()) {
                throw in.malformed("array of " + n + " elements exceeds the " + in.remaining() + " bytes that remain",
                        in.position());
            }
            a = newArray(n);
        }
        switch (kind) {
            case Kinds.BOOLEAN -> in.readBooleans((boolean[]) a, 0, n);
            case Kinds.BYTE -> in.readBytes((byte[]) a, 0, n);
            case Kinds.SHORT -> in.readShorts((short[]) a, 0, n);
            case Kinds.CHAR8 -> in.readChars8((char[]) a, 0, n);
            case Kinds.WCHAR -> in.readWchars((char[]) a, 0, n);
            case Kinds.INT -> in.readInts((int[]) a, 0, n);
            case Kinds.LONG -> in.readLongs((long[]) a, 0, n);
            case Kinds.FLOAT -> in.readFloats((float[]) a, 0, n);
            default -> in.readDoubles((double[]) a, 0, n);
        }
        return a;
    }

    @Override
    Object copy(Object source, Object current) {
        if (source == null) {
            return null;
        }
        int n = Array.getLength(source);
        Object target = current != null && current.getClass() == source.getClass() && Array.getLength(current) == n
                ? current : n == 0 ? empty : newArray(n);
        if (target != source) {
            System.arraycopy(source, 0, target, 0, n);
        }
        return target;
    }

    @Override
    boolean equal(Object a, Object b) {
        Object x = a == null ? defaultValue() : a;
        Object y = b == null ? defaultValue() : b;
        return switch (kind) {
            case Kinds.BOOLEAN -> Arrays.equals((boolean[]) x, (boolean[]) y);
            case Kinds.BYTE -> Arrays.equals((byte[]) x, (byte[]) y);
            case Kinds.SHORT -> Arrays.equals((short[]) x, (short[]) y);
            case Kinds.CHAR8, Kinds.WCHAR -> Arrays.equals((char[]) x, (char[]) y);
            case Kinds.INT -> Arrays.equals((int[]) x, (int[]) y);
            case Kinds.LONG -> Arrays.equals((long[]) x, (long[]) y);
            case Kinds.FLOAT -> Arrays.equals((float[]) x, (float[]) y);
            default -> Arrays.equals((double[]) x, (double[]) y);
        };
    }

    @Override
    int hash(Object value) {
        if (value == null) {
            value = defaultValue();
        }
        return switch (kind) {
            case Kinds.BOOLEAN -> Arrays.hashCode((boolean[]) value);
            case Kinds.BYTE -> Arrays.hashCode((byte[]) value);
            case Kinds.SHORT -> Arrays.hashCode((short[]) value);
            case Kinds.CHAR8, Kinds.WCHAR -> Arrays.hashCode((char[]) value);
            case Kinds.INT -> Arrays.hashCode((int[]) value);
            case Kinds.LONG -> Arrays.hashCode((long[]) value);
            case Kinds.FLOAT -> Arrays.hashCode((float[]) value);
            default -> Arrays.hashCode((double[]) value);
        };
    }

    @Override
    long keyHashEnd(long pos) {
        int size = Kinds.size(kind);
        if (isFixed()) {
            return add(Kinds.align(pos, Kinds.xcdr2Alignment(kind)), (long) fixedLength * size);
        }
        if (bound == Integer.MAX_VALUE) {
            return UNBOUNDED;
        }
        long elements = Kinds.align(Kinds.align(pos, 4) + 4, Kinds.xcdr2Alignment(kind));
        return add(elements, (long) bound * size);
    }

    @Override
    Object defaultValue() {
        return isFixed() ? newArray(fixedLength) : empty;
    }

    @Override
    int lengthCode() {
        return isFixed() ? MemberHeaders.LC_NEXTINT : Kinds.sequenceLengthCode(kind);
    }

    @Override
    int minSize() {
        return isFixed() ? (int) Math.min(Integer.MAX_VALUE, (long) fixedLength * Kinds.size(kind)) : 4;
    }
}
