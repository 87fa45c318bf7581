package io.sirocco.idl.testing;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random values of any IDL type (or, without a seed, the default value every generated class
 * starts with). Strings mix ASCII with two- and three-byte UTF-8 characters; bounded strings stay
 * within their bound; sequences have 0 to 3 elements; floating-point values are finite.
 */
public final class ValueGenerator {
    private static final String TEXT = "abcdefXYZ 0123_-é中ÿ";

    private static final int MAX_DEPTH = 4;

    private final Random random;
    private int depth;

    private ValueGenerator(Random random) {
        this.random = random;
    }

    /** Random values from {@code seed}. */
    public static ValueGenerator seeded(long seed) {
        return new ValueGenerator(new Random(seed));
    }

    /** The default value of {@code t}, as {@code new T()} has it. */
    public static Value defaults(IdlType t) {
        return new ValueGenerator(null).next(t);
    }

    public Value next(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> primitive(p);
            case BitmaskType b -> {
                long bits = 0;
                if (random != null) {
                    for (BitmaskType.Flag f : b.flags()) {
                        if (random.nextBoolean()) {
                            bits |= 1L << f.position();
                        }
                    }
                }
                yield new Value.Int(bits);
            }
            case EnumType e -> new Value.Enumerator(random == null ? e.defaultLiteral()
                    : e.literals().get(random.nextInt(e.literals().size())));
            case StringType s -> new Value.Text(random == null ? "" : text(s));
            case SequenceType s -> {
                int max = depth > MAX_DEPTH ? 0 : s.isBounded() ? Math.min(3, s.bound()) : 3;
                int n = random == null ? 0 : random.nextInt(max + 1);
                List<Value> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(next(s.element()));
                }
                yield new Value.Items(items);
            }
            case ArrayType a -> {
                List<Value> items = new ArrayList<>();
                for (int i = 0; i < a.dimensions().getFirst(); i++) {
                    items.add(next(a.inner()));
                }
                yield new Value.Items(items);
            }
            case StructType s -> {
                depth++;
                try {
                    yield struct(s);
                } finally {
                    depth--;
                }
            }
            case UnionType u -> union(u);
        };
    }

    private Value struct(StructType s) {
        List<Value> fields = new ArrayList<>();
        for (Field f : s.allFields()) {
            if (f.optional()) {
                fields.add(random == null || random.nextInt(10) < 3 ? null : next(f.type()));
            } else if (random == null && f.defaultValue() != null) {
                fields.add(fromConstant(f.defaultValue()));
            } else {
                fields.add(next(f.type()));
            }
        }
        return new Value.Struct(s, fields);
    }

    private Value union(UnionType u) {
        if (random == null) {
            UnionType.Case c = u.caseFor(u.initialDiscriminator());
            return new Value.Union(u, u.initialDiscriminator(), c == null ? -1 : c.index(),
                    c == null ? null : next(c.type()));
        }
        List<UnionType.Case> cases = u.cases();
        boolean noneAllowed = u.defaultCase() == null && u.unusedDiscriminator() != null;
        int pick = random.nextInt(cases.size() + (noneAllowed ? 1 : 0));
        if (pick == cases.size()) {
            return new Value.Union(u, u.unusedDiscriminator(), -1, null);
        }
        UnionType.Case c = cases.get(pick);
        ConstValue disc = c.labels().isEmpty() || (c.isDefault() && random.nextBoolean())
                ? u.unusedDiscriminator() : c.labels().get(random.nextInt(c.labels().size()));
        if (disc == null) {
            disc = c.labels().getFirst();
        }
        return new Value.Union(u, disc, c.index(), next(c.type()));
    }

    private static Value fromConstant(ConstValue v) {
        return switch (v) {
            case ConstValue.Int i -> new Value.Int(i.value().longValue());
            case ConstValue.Float f -> new Value.Real(f.value());
            case ConstValue.Bool b -> new Value.Int(b.value() ? 1 : 0);
            case ConstValue.Char c -> new Value.Int(c.value());
            case ConstValue.Str s -> new Value.Text(s.value());
            case ConstValue.Enumerator e -> new Value.Enumerator(e.literal());
        };
    }

    private Value primitive(PrimitiveType p) {
        if (random == null) {
            return p.isFloatingPoint() ? new Value.Real(0) : new Value.Int(0);
        }
        return switch (p) {
            case BOOLEAN -> new Value.Int(random.nextBoolean() ? 1 : 0);
            case OCTET, INT8, UINT8 -> new Value.Int((byte) random.nextInt());
            case CHAR -> new Value.Int(random.nextInt(256));
            case WCHAR -> new Value.Int(bmp());
            case INT16, UINT16 -> new Value.Int((short) random.nextInt());
            case INT32, UINT32 -> new Value.Int(edgy32());
            case INT64, UINT64 -> new Value.Int(random.nextInt(4) == 0 ? (random.nextBoolean() ? Long.MIN_VALUE : -1L)
                    : random.nextLong());
            case FLOAT -> new Value.Real(finiteFloat());
            case DOUBLE -> new Value.Real(finiteDouble());
        };
    }

    private int edgy32() {
        return switch (random.nextInt(6)) {
            case 0 -> Integer.MIN_VALUE;
            case 1 -> -1;
            case 2 -> random.nextInt(100);
            default -> random.nextInt();
        };
    }

    private float finiteFloat() {
        while (true) {
            float f = random.nextBoolean() ? (random.nextInt(2000) - 1000) / 8f : Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                return f;
            }
        }
    }

    private double finiteDouble() {
        while (true) {
            double d = random.nextBoolean() ? random.nextGaussian() * 1e6 : Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                return d;
            }
        }
    }

    private char bmp() {
        while (true) {
            char c = (char) random.nextInt(0x10000);
            if (!Character.isSurrogate(c)) {
                return c;
            }
        }
    }

    private String text(StringType s) {
        StringBuilder sb = new StringBuilder();
        if (s.wide()) {
            int n = random.nextInt((s.isBounded() ? Math.min(8, s.bound()) : 8) + 1);
            for (int i = 0; i < n; i++) {
                sb.append(bmp());
            }
            return sb.toString();
        }
        if (s.isBounded()) {
            int n = random.nextInt(Math.min(12, s.bound()) + 1);
            for (int i = 0; i < n; i++) {
                sb.append((char) ('!' + random.nextInt(94)));
            }
            return sb.toString();
        }
        int n = random.nextInt(11);
        for (int i = 0; i < n; i++) {
            sb.append(TEXT.charAt(random.nextInt(TEXT.length())));
        }
        return sb.toString();
    }
}
