package io.sirocco.idl.gen;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Java code for one value of an IDL type inside generated classes: serialize, deserialize (reusing
 * the current value), deep copy, key comparison and hashing, and defaults. Simple values are written
 * inline; sequences, arrays and enums get private static helper methods, collected per file and
 * emitted once by {@link #helpers()}. Nested structs and unions call their own codec classes.
 */
final class ValueCode {
    /** What a nested struct contributes: everything, or its key holder (key members by id, flattened). */
    enum Mode { FULL, KEY_HOLDER }

    private final FileContext ctx;
    private final Map<String, String> helpers = new LinkedHashMap<>();

    ValueCode(FileContext ctx) {
        this.ctx = ctx;
    }

    /** The helper methods and constants requested so far. */
    String helpers() {
        return String.join("\n", helpers.values());
    }

    boolean hasHelpers() {
        return !helpers.isEmpty();
    }

    // ---------------------------------------------------------------- write

    /** Statement(s) serializing {@code v} (any expression without side effects) to {@code out}. */
    String write(IdlType t, String v, Mode mode) {
        return switch (t) {
            case PrimitiveType p -> "out.write" + suffix(p) + "(" + v + ");";
            case BitmaskType b -> "out.write" + widthSuffix(b.width()) + "(" + v + ");";
            case EnumType e -> enumWrite(e, v);
            case StringType s -> {
                if (!s.wide()) {
                    yield s.isBounded() ? "out.writeString(" + v + ", " + s.bound() + ");" : "out.writeString(" + v + ");";
                }
                yield s.isBounded() ? writeHelper(t) + "(" + v + ", out);" : "out.writeWstring(" + v + ");";
            }
            case StructType s -> ctx.codec(s) + (mode == Mode.KEY_HOLDER ? ".writeKeyHolder(" : ".write(") + v + ", out);";
            case UnionType u -> ctx.codec(u) + ".write(" + v + ", out);";
            case SequenceType s -> writeHelper(t) + "(" + v + ", out);";
            case ArrayType a -> writeHelper(t) + "(" + v + ", out);";
        };
    }

    private String enumWrite(EnumType e, String v) {
        String value = "(" + v + " == null ? " + e.defaultLiteral().value() + " : " + v + ".value())";
        return switch (e.width()) {
            case 1 -> "out.writeByte((byte) " + value + ");";
            case 2 -> "out.writeShort((short) " + value + ");";
            default -> "out.writeInt(" + value + ");";
        };
    }

    // ---------------------------------------------------------------- read

    /** Statement deserializing into the assignable {@code lv}, reusing its current value where it can. */
    String read(IdlType t, String lv, Mode mode) {
        return lv + " = " + readExpression(t, lv, mode) + ";";
    }

    /** Expression deserializing a value, reusing {@code current} (an expression) where it can. */
    String readExpression(IdlType t, String current, Mode mode) {
        return switch (t) {
            case PrimitiveType p -> "in.read" + suffix(p) + "()";
            case BitmaskType b -> "in.read" + widthSuffix(b.width()) + "()";
            case EnumType e -> readHelper(t) + "(in)";
            case StringType s -> "in.read" + (s.wide() ? "Wstring(" : "String(") + current
                    + (s.isBounded() ? ", " + s.bound() : "") + ")";
            case StructType s -> ctx.codec(s) + (mode == Mode.KEY_HOLDER ? ".readKeyHolder(in, " : ".read(in, ") + current + ")";
            case UnionType u -> ctx.codec(u) + ".read(in, " + current + ")";
            case SequenceType s -> readHelper(t) + "(in, " + current + ")";
            case ArrayType a -> readHelper(t) + "(in, " + current + ")";
        };
    }

    // ---------------------------------------------------------------- copy, compare, hash

    /** Statement making {@code dst} a deep copy of {@code src}, reusing what {@code dst} holds. */
    String copy(IdlType t, String src, String dst, boolean keyOnly) {
        return switch (t) {
            case StructType s -> dst + " = " + ctx.codec(s) + (keyOnly ? ".copyKeyOf(" : ".copyOf(") + src + ", " + dst + ");";
            case UnionType u -> dst + " = " + ctx.codec(u) + ".copyOf(" + src + ", " + dst + ");";
            case SequenceType s -> dst + " = " + copyHelper(t) + "(" + src + ", " + dst + ");";
            case ArrayType a -> dst + " = " + copyHelper(t) + "(" + src + ", " + dst + ");";
            default -> dst + " = " + src + ";";
        };
    }

    /** Boolean expression: {@code a} and {@code b} are equal as key values (null equals the default). */
    String keyEquals(IdlType t, String a, String b) {
        return switch (t) {
            case PrimitiveType p -> p == PrimitiveType.FLOAT ? "Float.floatToIntBits(" + a + ") == Float.floatToIntBits(" + b + ")"
                    : p == PrimitiveType.DOUBLE ? "Double.doubleToLongBits(" + a + ") == Double.doubleToLongBits(" + b + ")"
                    : a + " == " + b;
            case BitmaskType m -> a + " == " + b;
            case EnumType e -> "(" + a + " == null ? " + Literals.enumDefault(e, ctx) + " : " + a + ") == (" + b + " == null ? "
                    + Literals.enumDefault(e, ctx) + " : " + b + ")";
            case StringType s -> "(" + a + " == null ? \"\" : " + a + ").equals(" + b + " == null ? \"\" : " + b + ")";
            case StructType s -> ctx.codec(s) + ".equalKeys(" + a + ", " + b + ")";
            case UnionType u -> "java.util.Objects.equals(" + a + ", " + b + ")";
            case SequenceType s -> arrayEquals(t, a, b);
            case ArrayType x -> arrayEquals(t, a, b);
        };
    }

    /** Int expression: a hash of {@code v} as a key value, consistent with {@link #keyEquals}. */
    String keyHashCode(IdlType t, String v) {
        return switch (t) {
            case PrimitiveType p -> ctx.lang(boxName(FileContext.primitive(p))) + ".hashCode(" + v + ")";
            case BitmaskType b -> ctx.lang(boxName(FileContext.bitmaskPrimitive(b))) + ".hashCode(" + v + ")";
            case EnumType e -> "(" + v + " == null ? " + Literals.enumDefault(e, ctx) + " : " + v + ").ordinal()";
            case StringType s -> "(" + v + " == null ? \"\" : " + v + ").hashCode()";
            case StructType s -> ctx.codec(s) + ".hashKey(" + v + ")";
            case UnionType u -> "java.util.Objects.hashCode(" + v + ")";
            case SequenceType s -> arrayHash(t, v);
            case ArrayType x -> arrayHash(t, v);
        };
    }

    /** {@code java.util.Arrays.equals} or {@code deepEquals}, as the Java array type needs. */
    String arrayEquals(IdlType t, String a, String b) {
        return "java.util.Arrays." + (isFlatPrimitiveArray(t) ? "equals(" : "deepEquals(") + a + ", " + b + ")";
    }

    String arrayHash(IdlType t, String v) {
        return "java.util.Arrays." + (isFlatPrimitiveArray(t) ? "hashCode(" : "deepHashCode(") + v + ")";
    }

    String arrayToString(IdlType t, String v) {
        return "java.util.Arrays." + (isFlatPrimitiveArray(t) ? "toString(" : "deepToString(") + v + ")";
    }

    /** Whether the Java type of {@code t} is a one-dimensional array of a Java primitive. */
    static boolean isFlatPrimitiveArray(IdlType t) {
        IdlType element = t instanceof SequenceType s ? s.element() : ((ArrayType) t).inner();
        return FileContext.isJavaPrimitive(element);
    }

    static String boxName(String primitive) {
        return switch (primitive) {
            case "int" -> "Integer";
            case "char" -> "Character";
            default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
        };
    }

    // ---------------------------------------------------------------- defaults

    /** A Java expression for a new default value of {@code t}. */
    String defaultValue(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> zero(FileContext.primitive(p));
            case BitmaskType b -> zero(FileContext.bitmaskPrimitive(b));
            case EnumType e -> Literals.enumDefault(e, ctx);
            case StringType s -> "\"\"";
            case StructType s -> "new " + ctx.ref(s) + "()";
            case UnionType u -> "new " + ctx.ref(u) + "()";
            case SequenceType s -> emptyConstant(s);
            case ArrayType a -> FileContext.isJavaPrimitive(a.element())
                    ? "new " + ctx.type(a.element()) + dims(a) : newHelper(a) + "()";
        };
    }

    static String zero(String javaPrimitive) {
        return switch (javaPrimitive) {
            case "boolean" -> "false";
            case "byte" -> "(byte) 0";
            case "short" -> "(short) 0";
            case "char" -> "(char) 0";
            case "long" -> "0L";
            case "float" -> "0.0f";
            case "double" -> "0.0";
            default -> "0";
        };
    }

    private static String dims(ArrayType a) {
        StringBuilder sb = new StringBuilder();
        for (int d : a.dimensions()) {
            sb.append('[').append(d).append(']');
        }
        return sb.toString();
    }

    /** A shared empty array for sequences (length 0 arrays are immutable, so sharing is safe). */
    String emptyConstant(SequenceType s) {
        String name = "EMPTY$" + mangle(s.element());
        String type = ctx.type(s);
        helpers.putIfAbsent(name, "private static final " + type + " " + name + " = "
                + FileContext.newArray(ctx.type(s.element()), "0") + ";\n");
        return name;
    }

    // ---------------------------------------------------------------- helper methods

    private String writeHelper(IdlType t) {
        String name = "write$" + mangle(t);
        if (!helpers.containsKey(name)) {
            helpers.put(name, "");
            helpers.put(name, CollectionCode.write(this, ctx, t, name));
        }
        return name;
    }

    private String readHelper(IdlType t) {
        String name = "read$" + mangle(t);
        if (!helpers.containsKey(name)) {
            helpers.put(name, "");
            helpers.put(name, CollectionCode.read(this, ctx, t, name));
        }
        return name;
    }

    private String copyHelper(IdlType t) {
        String name = "copy$" + mangle(t);
        if (!helpers.containsKey(name)) {
            helpers.put(name, "");
            helpers.put(name, CollectionCode.copy(this, ctx, t, name));
        }
        return name;
    }

    private String newHelper(ArrayType t) {
        String name = "new$" + mangle(t);
        if (!helpers.containsKey(name)) {
            helpers.put(name, "");
            helpers.put(name, CollectionCode.newArray(this, ctx, t, name));
        }
        return name;
    }

    /** A Java-identifier-safe name for a type, unique per type. */
    static String mangle(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> p.name().toLowerCase(java.util.Locale.ROOT);
            case StringType s -> (s.wide() ? "wstring" : "string") + (s.isBounded() ? s.bound() : "");
            case SequenceType s -> "seq" + (s.isBounded() ? s.bound() : "") + "_" + mangle(s.element());
            case ArrayType a -> "arr" + String.join("x", a.dimensions().stream().map(String::valueOf).toList())
                    + "_" + mangle(a.element());
            case StructType s -> s.scopedName().replace("::", "$");
            case UnionType u -> u.scopedName().replace("::", "$");
            case EnumType e -> e.scopedName().replace("::", "$");
            case BitmaskType b -> b.scopedName().replace("::", "$");
        };
    }

    /** {@code CdrOutput.write...} / {@code CdrInput.read...} suffix of a basic type. */
    static String suffix(PrimitiveType p) {
        return switch (p) {
            case BOOLEAN -> "Boolean";
            case OCTET, INT8, UINT8 -> "Byte";
            case CHAR -> "Char8";
            case WCHAR -> "Wchar";
            case INT16, UINT16 -> "Short";
            case INT32, UINT32 -> "Int";
            case INT64, UINT64 -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
        };
    }

    static String widthSuffix(int width) {
        return switch (width) {
            case 1 -> "Byte";
            case 2 -> "Short";
            case 4 -> "Int";
            default -> "Long";
        };
    }
}
