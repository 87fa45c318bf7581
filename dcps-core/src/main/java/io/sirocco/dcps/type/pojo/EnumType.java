package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MemberHeaders;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.omg.dds.type.BitBound;
import org.omg.dds.type.Value;

/**
 * A Java enum as an IDL enumeration. The wire value of a constant is, in order of preference: what
 * its public {@code int value()} returns (IDL-generated enums), its {@link Value} annotation, or its
 * ordinal. The width follows {@link BitBound} on the enum (1..8 bits: 1 byte, ..16: 2, else 4).
 * The default value is the first constant, as in IDL. Unknown wire values are malformed input.
 */
final class EnumType extends ValueType {
    private final Class<?> type;
    private final Enum<?>[] constants;
    private final int[] wireValues;      // by ordinal
    private final boolean dense;         // wire value == ordinal for all
    private final int[] sortedValues;    // for sparse lookup
    private final Enum<?>[] bySortedValue;
    private final int width;

    EnumType(Class<?> type) {
        this.type = type;
        this.constants = (Enum<?>[]) type.getEnumConstants();
        if (constants.length == 0) {
            throw new UnsupportedTypeException("enum " + type.getName() + " has no constants");
        }
        this.wireValues = new int[constants.length];
        Method valueMethod = valueMethod(type);
        boolean isDense = true;
        for (Enum<?> e : constants) {
            int v = wireValue(type, e, valueMethod);
            wireValues[e.ordinal()] = v;
            isDense &= v == e.ordinal();
        }
        this.dense = isDense;
        Integer[] order = new Integer[constants.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(wireValues[a], wireValues[b]));
        sortedValues = new int[order.length];
        bySortedValue = new Enum<?>[order.length];
        for (int i = 0; i < order.length; i++) {
            sortedValues[i] = wireValues[order[i]];
            bySortedValue[i] = constants[order[i]];
            if (i > 0 && sortedValues[i] == sortedValues[i - 1]) {
                throw new InvalidTypeAnnotationException("enum " + type.getName() + " maps two constants to value " + sortedValues[i]);
            }
        }
        BitBound bb = type.getAnnotation(BitBound.class);
        int bits = bb == null ? 32 : bb.value();
        if (bits < 1 || bits > 32) {
            throw new InvalidTypeAnnotationException("enum " + type.getName() + " has @BitBound(" + bits + "), not 1..32");
        }
        this.width = bits <= 8 ? 1 : bits <= 16 ? 2 : 4;
    }

    private static Method valueMethod(Class<?> type) {
        try {
            Method m = type.getMethod("value");
            return m.getReturnType() == int.class && !Modifier.isStatic(m.getModifiers()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static int wireValue(Class<?> type, Enum<?> e, Method valueMethod) {
        if (valueMethod != null) {
            try {
                valueMethod.setAccessible(true);
                return (int) valueMethod.invoke(e);
            } catch (ReflectiveOperationException | RuntimeException ex) {
                throw new UnsupportedTypeException("cannot call " + type.getName() + ".value(): " + ex);
            }
        }
        try {
            Value v = type.getField(e.name()).getAnnotation(Value.class);
            if (v != null) {
                return Math.toIntExact(v.value());
            }
        } catch (NoSuchFieldException | ArithmeticException ex) {
            throw new InvalidTypeAnnotationException("enum constant " + e + " has an unusable @Value: " + ex);
        }
        return e.ordinal();
    }

    @Override
    public void write(Object value, CdrOutput out) {
        int v = wireValues[value == null ? 0 : ((Enum<?>) value).ordinal()];
        switch (width) {
            case 1 -> out.writeByte((byte) v);
            case 2 -> out.writeShort((short) v);
            default -> out.writeInt(v);
        }
    }

    @Override
    public Object read(CdrInput in, Object current) {
        int at = in.position();
        int v = switch (width) {
            case 1 -> in.readByte() & 0xFF;
            case 2 -> in.readShort() & 0xFFFF;
            default -> in.readInt();
        };
        if (dense) {
            if (v >= 0 && v < constants.length) {
                return constants[v];
            }
        } else {
            int i = Arrays.binarySearch(sortedValues, v);
            if (i >= 0) {
                return bySortedValue[i];
            }
        }
        throw in.malformed("value " + v + " is no constant of enum " + type.getName(), at);
    }

    @Override
    Object copy(Object source, Object current) {
        return source;
    }

    @Override
    boolean equal(Object a, Object b) {
        return (a == null ? constants[0] : a) == (b == null ? constants[0] : b);
    }

    @Override
    int hash(Object value) {
        return value == null ? 0 : ((Enum<?>) value).ordinal();
    }

    @Override
    long keyHashEnd(long pos) {
        return Kinds.align(pos, width) + width;
    }

    @Override
    Object defaultValue() {
        return constants[0];
    }

    @Override
    int lengthCode() {
        return switch (width) {
            case 1 -> MemberHeaders.LC_1;
            case 2 -> MemberHeaders.LC_2;
            default -> MemberHeaders.LC_4;
        };
    }

    @Override
    int minSize() {
        return width;
    }
}
