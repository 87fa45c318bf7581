package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A field path resolved against a sample type: the navigation steps to the owner of the final value,
 * the value's Java type and comparison family, and factories for the readers each comparison needs.
 * For a primitive value the owner is the object (or array) holding it and {@code primitiveLeaf}
 * reads it; for a reference value (string, enum, boxed number) the owner is the value itself.
 */
final class ResolvedField {
    private static final MethodType TO_LONG = MethodType.methodType(long.class, Object.class);
    private static final MethodType TO_DOUBLE = MethodType.methodType(double.class, Object.class);
    private static final MethodType TO_BOOLEAN = MethodType.methodType(boolean.class, Object.class);

    private final String path;
    private final int position;
    private final ValueKind kind;
    private final Class<?> valueType;
    private final MethodHandle[] steps;
    private final MethodHandle primitiveLeaf;

    ResolvedField(String path, int position, ValueKind kind, Class<?> valueType, MethodHandle[] steps,
            MethodHandle primitiveLeaf) {
        this.path = path;
        this.position = position;
        this.kind = kind;
        this.valueType = valueType;
        this.steps = steps;
        this.primitiveLeaf = primitiveLeaf;
    }

    String path() {
        return path;
    }

    int position() {
        return position;
    }

    ValueKind kind() {
        return kind;
    }

    /** Whether the value is a 32-bit float, whose constants are rounded to float before comparing. */
    boolean isSinglePrecision() {
        return valueType == float.class || valueType == Float.class;
    }

    /** The constants of an enum field; only for {@link ValueKind#ENUM}. */
    EnumCodes enumCodes() {
        return EnumCodes.of(valueType);
    }

    /** Phrase for messages, such as "an integer" or "an enum Color". */
    String describeType() {
        return kind == ValueKind.ENUM ? "an enum " + valueType.getSimpleName() : kind.description();
    }

    /** Integers, chars (their code) and enums (their code) as {@code long}. */
    LongReader longReader() {
        MethodHandle leaf = switch (kind) {
            case INTEGER -> primitiveLeaf != null ? primitiveLeaf : StandardHandles.NUMBER_TO_LONG;
            case CHAR -> primitiveLeaf != null ? primitiveLeaf : StandardHandles.CHARACTER_TO_CHAR;
            case ENUM -> enumCodes().codeHandle();
            default -> throw new IllegalStateException(kind + " is not read as long");
        };
        return new LongReader(path, steps, leaf.asType(TO_LONG));
    }

    /** Integers, floating-point numbers and chars widened to {@code double}. */
    DoubleReader doubleReader() {
        MethodHandle leaf = switch (kind) {
            case INTEGER, FLOAT -> primitiveLeaf != null ? primitiveLeaf : StandardHandles.NUMBER_TO_DOUBLE;
            case CHAR -> primitiveLeaf != null ? primitiveLeaf : StandardHandles.CHARACTER_TO_CHAR;
            default -> throw new IllegalStateException(kind + " is not read as double");
        };
        return new DoubleReader(path, steps, leaf.asType(TO_DOUBLE));
    }

    BooleanReader booleanReader() {
        if (kind != ValueKind.BOOLEAN) {
            throw new IllegalStateException(kind + " is not read as boolean");
        }
        MethodHandle leaf = primitiveLeaf != null ? primitiveLeaf : StandardHandles.BOOLEAN_TO_BOOLEAN;
        return new BooleanReader(path, steps, leaf.asType(TO_BOOLEAN));
    }

    /** Strings as they are, enums by constant name, chars as one-character strings. */
    TextReader textReader() {
        MethodHandle leaf = switch (kind) {
            case STRING -> null;
            case ENUM -> StandardHandles.ENUM_NAME;
            case CHAR -> primitiveLeaf != null
                    ? MethodHandles.filterReturnValue(primitiveLeaf, StandardHandles.CHAR_TO_STRING)
                    : StandardHandles.OBJECT_TO_STRING;
            default -> throw new IllegalStateException(kind + " is not read as text");
        };
        return new TextReader(path, steps, leaf == null ? null : leaf.asType(StandardHandles.OBJECT_TO_OBJECT));
    }
}
