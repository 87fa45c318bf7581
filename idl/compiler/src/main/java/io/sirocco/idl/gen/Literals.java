package io.sirocco.idl.gen;

import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;

/** Java source literals for IDL constant values, and default values of member types. */
final class Literals {
    private Literals() {
    }

    /** {@code v} as a Java expression of the Java type of {@code type}. */
    static String of(ConstValue v, IdlType type, FileContext ctx) {
        return switch (v) {
            case ConstValue.Int i -> integer(i.value().longValue(), javaPrimitive(type));
            case ConstValue.Float f -> type == PrimitiveType.FLOAT ? floatLiteral((float) f.value())
                    : doubleLiteral(f.value());
            case ConstValue.Bool b -> b.value() ? "true" : "false";
            case ConstValue.Char c -> character(c.value());
            case ConstValue.Str s -> string(s.value());
            case ConstValue.Enumerator e -> ctx.ref(e.type()) + "." + JavaNames.identifier(e.literal().name());
        };
    }

    private static String javaPrimitive(IdlType type) {
        if (type instanceof PrimitiveType p) {
            return FileContext.primitive(p);
        }
        if (type instanceof BitmaskType b) {
            return FileContext.bitmaskPrimitive(b);
        }
        return "long";
    }

    /** An integer literal of a Java primitive type; unsigned IDL values wrap to the signed Java value. */
    static String integer(long value, String javaType) {
        return switch (javaType) {
            case "byte" -> "(byte) " + (byte) value;
            case "short" -> "(short) " + (short) value;
            case "char" -> character((char) value);
            case "int" -> Integer.toString((int) value);
            case "float" -> floatLiteral(value);
            case "double" -> doubleLiteral(value);
            default -> value + "L";
        };
    }

    static String floatLiteral(float f) {
        if (Float.isNaN(f)) {
            return "Float.NaN";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "Float.POSITIVE_INFINITY" : "Float.NEGATIVE_INFINITY";
        }
        return Float.toString(f) + "f";
    }

    static String doubleLiteral(double d) {
        if (Double.isNaN(d)) {
            return "Double.NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
        }
        return Double.toString(d);
    }

    static String character(char c) {
        return switch (c) {
            case '\'' -> "'\\''";
            case '\\' -> "'\\\\'";
            default -> c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("(char) 0x%04x", (int) c);
        };
    }

    /** A Java string literal; control characters as octal escapes (never \\u, which javac expands early). */
    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\%03o", (int) c));
                    } else if (Character.isSurrogate(c)) {
                        sb.append(String.format("\" + (char) 0x%04x + \"", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** The default value of an enum: its default literal. */
    static String enumDefault(EnumType e, FileContext ctx) {
        return ctx.ref(e) + "." + JavaNames.identifier(e.defaultLiteral().name());
    }
}
