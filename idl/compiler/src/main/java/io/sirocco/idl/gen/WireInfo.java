package io.sirocco.idl.gen;

import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Extensibility;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Facts about the XCDR form of a type that the generator decides at compile time, following
 * {@code io.sirocco.dcps.type.pojo} (the reflective codec) and Cyclone DDS: EMHEADER length codes,
 * which collections carry a DHEADER in XCDR2, minimum serialized sizes (guards against forged
 * lengths) and the maximum size of a key-hash serialization (MD5 above 16 bytes).
 */
final class WireInfo {
    /** EMHEADER length codes (see {@code io.sirocco.dcps.type.cdr.MemberHeaders}). */
    static final int LC_1 = 0;
    static final int LC_2 = 1;
    static final int LC_4 = 2;
    static final int LC_8 = 3;
    static final int LC_NEXTINT = 4;
    static final int LC_LENGTH = 5;
    static final int LC_COUNT4 = 6;
    static final int LC_COUNT8 = 7;

    /** Key-hash end for keys without a maximum size. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    private WireInfo() {
    }

    /**
     * Size of a value that is written as one fixed-size primitive (basic types, enums, bitmasks), or 0.
     */
    static int primitiveSize(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> p.size();
            case EnumType e -> e.width();
            case BitmaskType b -> b.width();
            default -> 0;
        };
    }

    /**
     * Whether a sequence or array of {@code element} starts with a DHEADER in XCDR2 (XTypes 1.3
     * 7.4.3.5.2: collections of non-primitive elements). Only the basic types are primitive here:
     * Cyclone DDS, like the reflective codec, delimits collections of enums and bitmasks too.
     */
    static boolean delimitedCollection(IdlType element) {
        return !(element instanceof PrimitiveType);
    }

    /** EMHEADER length code of a member of type {@code t} in an XCDR2 mutable struct. */
    static int lengthCode(IdlType t) {
        int size = primitiveSize(t);
        if (size > 0) {
            return sizeCode(size);
        }
        return switch (t) {
            case StringType s -> LC_LENGTH;
            case SequenceType s -> {
                int e = s.element() instanceof PrimitiveType p ? p.size() : 0;
                yield switch (e) {
                    case 0, 1 -> LC_LENGTH;
                    case 2 -> LC_NEXTINT;
                    case 4 -> LC_COUNT4;
                    default -> LC_COUNT8;
                };
            }
            case ArrayType a -> delimitedCollection(a.element()) ? LC_LENGTH : LC_NEXTINT;
            default -> LC_NEXTINT;
        };
    }

    /** The name of {@link #lengthCode} among the {@code MemberHeaders} constants. */
    static String lengthCodeName(IdlType t) {
        return switch (lengthCode(t)) {
            case LC_1 -> "LC_1";
            case LC_2 -> "LC_2";
            case LC_4 -> "LC_4";
            case LC_8 -> "LC_8";
            case LC_NEXTINT -> "LC_NEXTINT";
            case LC_LENGTH -> "LC_LENGTH";
            case LC_COUNT4 -> "LC_COUNT4";
            default -> "LC_COUNT8";
        };
    }

    private static int sizeCode(int size) {
        return switch (size) {
            case 1 -> LC_1;
            case 2 -> LC_2;
            case 4 -> LC_4;
            default -> LC_8;
        };
    }

    /** A lower bound of the serialized size of one value, in either XCDR version. */
    static long minSize(IdlType t) {
        return minSize(t, new HashSet<>());
    }

    private static long minSize(IdlType t, Set<Object> visiting) {
        int size = primitiveSize(t);
        if (size > 0) {
            return size;
        }
        return switch (t) {
            case StringType s -> s.wide() ? 4 : 5;
            case SequenceType s -> 4;
            case ArrayType a -> Math.min(Integer.MAX_VALUE, a.count() * minSize(a.element(), visiting));
            case StructType s -> {
                if (!visiting.add(s)) {
                    yield 0;
                }
                long sum = 0;
                if (s.extensibility() != Extensibility.MUTABLE) {
                    for (Field f : s.allFields()) {
                        sum += f.optional() ? 1 : minSize(f.type(), visiting);
                    }
                }
                visiting.remove(s);
                sum = Math.min(Integer.MAX_VALUE, sum);
                yield switch (s.extensibility()) {
                    case FINAL -> sum;
                    case APPENDABLE -> Math.min(4, sum);
                    case MUTABLE -> 4;
                };
            }
            case UnionType u -> primitiveSize(u.discriminator());
            default -> 0;
        };
    }

    /**
     * Largest end position of the key-hash serialization (XCDR2 big-endian, nested key structs
     * flattened) of {@code fields}, already in member-id order, written from {@code pos}; or
     * {@link #UNBOUNDED}.
     */
    static long keyHashEnd(List<Field> fields, long pos) {
        return fieldsEnd(fields, pos, new HashSet<>());
    }

    private static long fieldsEnd(List<Field> fields, long pos, Set<StructType> visiting) {
        long p = pos;
        for (Field f : fields) {
            if (p >= UNBOUNDED) {
                return UNBOUNDED;
            }
            if (f.optional()) {
                p += 1;
            }
            p = end(f.type(), p, visiting);
        }
        return p;
    }

    private static long end(IdlType t, long pos, Set<StructType> visiting) {
        int size = primitiveSize(t);
        if (size > 0) {
            return align(pos, Math.min(4, size)) + size;
        }
        return switch (t) {
            case StringType s -> s.isBounded() ? add(align(pos, 4) + 4, s.wide() ? 2L * s.bound() : s.bound() + 1L)
                    : UNBOUNDED;
            case SequenceType s -> {
                if (!s.isBounded()) {
                    yield UNBOUNDED;
                }
                yield collectionEnd(s.element(), s.bound(), true, pos, visiting);
            }
            case ArrayType a -> collectionEnd(a.element(), a.count(), false, pos, visiting);
            case StructType s -> {
                if (!visiting.add(s)) {
                    yield UNBOUNDED;
                }
                long e = fieldsEnd(StructType.byId(s.nestedKeys()), pos, visiting);
                visiting.remove(s);
                yield e;
            }
            default -> UNBOUNDED;
        };
    }

    private static long collectionEnd(IdlType element, long count, boolean sequence, long pos, Set<StructType> visiting) {
        if (element instanceof StructType) {
            return UNBOUNDED; // structs inside collections are written whole, framing included
        }
        long p = delimitedCollection(element) ? align(pos, 4) + 4 : pos;
        if (sequence) {
            p = align(p, 4) + 4;
        }
        int size = primitiveSize(element);
        if (size > 0) {
            return count == 0 ? p : add(align(p, Math.min(4, size)), count * size);
        }
        for (long i = 0; i < count && p < UNBOUNDED; i++) {
            p = end(element, p, visiting);
        }
        return p;
    }

    static long align(long pos, int alignment) {
        return (pos + alignment - 1) & -alignment;
    }

    private static long add(long pos, long size) {
        return pos >= UNBOUNDED || size >= UNBOUNDED ? UNBOUNDED : Math.min(UNBOUNDED, pos + size);
    }
}
