package io.sirocco.idl.testing;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Value} as C statements that fill a sample of the type Cyclone DDS's {@code idlc}
 * generates (its C mapping: {@code Module_Type} names, {@code _length/_buffer} sequences, pointers for
 * optional members except strings, {@code parent} for the base of a derived struct, {@code _d/_u} for
 * unions). Integers go through {@code INT64_C}/{@code UINT64_C} and floats through hexadecimal
 * literals, so that every bit is the same as in Java.
 */
public final class CValues {
    private CValues() {
    }

    /** The C name of a declared type. */
    public static String cName(Declaration d) {
        return d.modules().isEmpty() ? d.name() : String.join("_", d.modules()) + "_" + d.name();
    }

    /** Appends statements assigning {@code v} (of type {@code t}) to the C lvalue {@code lv}. */
    public static void assign(Value v, IdlType t, String lv, StringBuilder out) {
        switch (t) {
            case PrimitiveType p -> {
                if (p.isFloatingPoint()) {
                    double d = ((Value.Real) v).value();
                    out.append(lv).append(" = ").append(p == PrimitiveType.FLOAT ? Float.toHexString((float) d) + "f"
                            : Double.toHexString(d)).append(";\n");
                } else {
                    out.append(lv).append(" = ").append(integer(((Value.Int) v).bits(), p == PrimitiveType.UINT64)).append(";\n");
                }
            }
            case BitmaskType b -> out.append(lv).append(" = ").append(integer(((Value.Int) v).bits(), true)).append(";\n");
            case EnumType e -> out.append(lv).append(" = ").append(((Value.Enumerator) v).literal().value()).append(";\n");
            case StringType s -> {
                String text = ((Value.Text) v).value();
                if (s.isBounded()) {
                    out.append("memcpy(").append(lv).append(", ").append(literal(text)).append(", ")
                            .append(text.getBytes(StandardCharsets.UTF_8).length + 1).append(");\n");
                } else {
                    out.append(lv).append(" = (char *) ").append(literal(text)).append(";\n");
                }
            }
            case SequenceType s -> {
                List<Value> items = ((Value.Items) v).items();
                int n = items.size();
                out.append(lv).append("._length = ").append(n).append("; ").append(lv).append("._maximum = ").append(n)
                        .append("; ").append(lv).append("._release = false;\n");
                out.append(lv).append("._buffer = ").append(n == 0 ? "NULL" : "calloc(" + n + ", sizeof(*" + lv + "._buffer))")
                        .append(";\n");
                for (int i = 0; i < n; i++) {
                    assign(items.get(i), s.element(), lv + "._buffer[" + i + "]", out);
                }
            }
            case ArrayType a -> {
                List<Value> items = ((Value.Items) v).items();
                for (int i = 0; i < items.size(); i++) {
                    assign(items.get(i), a.inner(), lv + "[" + i + "]", out);
                }
            }
            case StructType s -> struct((Value.Struct) v, s, lv, out);
            case UnionType u -> {
                Value.Union uv = (Value.Union) v;
                out.append(lv).append("._d = ").append(discriminator(uv.discriminator())).append(";\n");
                if (uv.caseIndex() >= 0) {
                    UnionType.Case c = u.cases().get(uv.caseIndex());
                    assign(uv.value(), c.type(), lv + "._u." + c.name(), out);
                }
            }
        }
    }

    private static void struct(Value.Struct v, StructType s, String lv, StringBuilder out) {
        List<Field> all = s.allFields();
        int inherited = s.base() == null ? 0 : s.base().allFields().size();
        if (inherited > 0) {
            struct(new Value.Struct(s.base(), v.fields().subList(0, inherited)), s.base(), lv + ".parent", out);
        }
        for (int i = inherited; i < all.size(); i++) {
            Field f = all.get(i);
            Value fv = v.fields().get(i);
            String member = lv + "." + f.name();
            if (!f.optional()) {
                assign(fv, f.type(), member, out);
            } else if (fv == null) {
                out.append(member).append(" = NULL;\n");
            } else if (f.type() instanceof StringType st && !st.isBounded()) {
                assign(fv, f.type(), member, out);
            } else {
                out.append(member).append(" = calloc(1, sizeof(*").append(member).append("));\n");
                assign(fv, f.type(), "(*" + member + ")", out);
            }
        }
    }

    private static String discriminator(ConstValue d) {
        return switch (d) {
            case ConstValue.Int i -> integer(i.value().longValue(), false);
            case ConstValue.Char c -> String.valueOf((int) c.value());
            case ConstValue.Bool b -> b.value() ? "1" : "0";
            case ConstValue.Enumerator e -> String.valueOf(e.literal().value());
            default -> throw new IllegalArgumentException(String.valueOf(d));
        };
    }

    private static String integer(long bits, boolean unsigned) {
        if (unsigned) {
            return "UINT64_C(" + Long.toUnsignedString(bits) + ")";
        }
        return bits == Long.MIN_VALUE ? "(INT64_C(-9223372036854775807) - 1)" : "INT64_C(" + bits + ")";
    }

    /** A C string literal with every byte of the UTF-8 encoding as an octal escape. */
    private static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sb.append(String.format("\\%03o", b & 0xFF));
        }
        return sb.append('"').toString();
    }
}
