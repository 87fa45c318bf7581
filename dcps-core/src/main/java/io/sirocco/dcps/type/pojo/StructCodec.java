package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The XCDR engine for one mapped class, used for topic types and nested structs alike. It walks the
 * class's {@link Member}s and applies the framing of the type's extensibility:
 * <pre>
 *   FINAL       members back to back                         (XCDR1 and XCDR2)
 *   APPENDABLE  XCDR2: DHEADER, members        XCDR1: as FINAL
 *   MUTABLE     XCDR2: DHEADER, {EMHEADER member}*   XCDR1: {parameter header member}* sentinel
 *   optional    XCDR2 final/appendable: boolean flag, value if present
 *               XCDR1 final/appendable: parameter header (length 0 when absent), value
 *               mutable: an absent member is simply not written
 * </pre>
 * Each operation takes the member set to work on: all {@link #members}, or the key members
 * ({@link #keys} for a topic type, {@link #nestedKeys} for a struct used inside a key, which are all
 * members when the struct declares no key of its own, per XTypes), and whether it works on keys, in
 * which case nested structs contribute their own key members only.
 */
final class StructCodec {
    final Class<?> type;
    final TypeExtensibility extensibility;
    final Member[] members;
    final Member[] keys;
    final Member[] nestedKeys;
    /** {@link #keys} in member-id order: the order of the key-hash serialization. */
    final Member[] keyHashOrder;
    final Member[] nestedKeyHashOrder;
    private final FieldAccess constructor;
    private final int[] sortedIds;
    private final Member[] byId;
    private final int minSize;
    /** Generated straight-line code for the whole member list, or {@code null} (interpreted). */
    private final StructBody body;
    private volatile Object defaultInstance;

    StructCodec(Class<?> type, TypeExtensibility extensibility, Member[] members, FieldAccess constructor,
            StructBody body) {
        this.type = type;
        this.body = body;
        this.extensibility = extensibility;
        this.members = members;
        this.constructor = constructor;
        this.keys = Arrays.stream(members).filter(m -> m.key).toArray(Member[]::new);
        this.nestedKeys = keys.length > 0 ? keys : members;
        this.keyHashOrder = sortedById(keys);
        this.nestedKeyHashOrder = sortedById(nestedKeys);
        this.byId = sortedById(members);
        this.sortedIds = Arrays.stream(byId).mapToInt(m -> m.id).toArray();
        this.minSize = computeMinSize();
        if (body != null) {
            body.bind(this);
        }
    }

    private static Member[] sortedById(Member[] ms) {
        Member[] copy = ms.clone();
        Arrays.sort(copy, Comparator.comparingInt((Member m) -> m.id));
        return copy;
    }

    private int computeMinSize() {
        if (extensibility == TypeExtensibility.MUTABLE) {
            return 4; // DHEADER in XCDR2, at least the sentinel in XCDR1
        }
        long sum = 0;
        for (Member m : members) {
            sum += m.optional ? 1 : m.kind == Kinds.OBJECT ? m.type.minSize() : Kinds.size(m.kind);
        }
        int plain = (int) Math.min(Integer.MAX_VALUE, sum);
        return extensibility == TypeExtensibility.APPENDABLE ? Math.min(4, plain) : plain;
    }

    int minSize() {
        return minSize;
    }

    /** Whether a generated body serves full-sample reads and writes. */
    boolean hasGeneratedBody() {
        return body != null;
    }

    // ---------------------------------------------------------------- instances

    /** A new instance with non-null defaults in every non-optional object field. */
    Object newInstance() {
        Object o = constructor.newInstance();
        fillDefaults(o);
        return o;
    }

    /** A shared default instance, only ever read (written for null nested fields, compared). */
    Object defaultInstance() {
        Object d = defaultInstance;
        if (d == null) {
            defaultInstance = d = newInstance();
        }
        return d;
    }

    private void fillDefaults(Object o) {
        for (Member m : members) {
            if (m.kind == Kinds.OBJECT && !m.optional && m.access.getObject(o, m.slot) == null) {
                m.access.setObject(o, m.slot, m.type.defaultValue());
            }
        }
    }

    /** Gives members {@code from..} their defaults (an appendable sample from an older writer). */
    void defaultsFrom(Object o, int from) {
        for (int i = from; i < members.length; i++) {
            setDefault(o, members[i]);
        }
    }

    private static void setDefault(Object o, Member m) {
        FieldAccess a = m.access;
        int s = m.slot;
        switch (m.kind) {
            case Kinds.BOOLEAN -> a.setBoolean(o, s, false);
            case Kinds.BYTE -> a.setByte(o, s, (byte) 0);
            case Kinds.SHORT -> a.setShort(o, s, (short) 0);
            case Kinds.CHAR8, Kinds.WCHAR -> a.setChar(o, s, (char) 0);
            case Kinds.INT -> a.setInt(o, s, 0);
            case Kinds.LONG -> a.setLong(o, s, 0L);
            case Kinds.FLOAT -> a.setFloat(o, s, 0f);
            case Kinds.DOUBLE -> a.setDouble(o, s, 0d);
            default -> a.setObject(o, s, m.optional ? null : m.type.defaultValue());
        }
    }

    // ---------------------------------------------------------------- write

    void write(Object o, Member[] set, boolean keyMode, CdrOutput out) {
        if (body != null && set == members) {
            if (extensibility == TypeExtensibility.APPENDABLE && out.isXcdr2()) {
                int mark = out.beginDelimited();
                body.write(o, out);
                out.endDelimited(mark);
            } else {
                body.write(o, out);
            }
            return;
        }
        switch (extensibility) {
            case FINAL -> writePlain(o, set, keyMode, out);
            case APPENDABLE -> {
                if (out.isXcdr2()) {
                    int mark = out.beginDelimited();
                    writePlain(o, set, keyMode, out);
                    out.endDelimited(mark);
                } else {
                    writePlain(o, set, keyMode, out);
                }
            }
            case MUTABLE -> {
                if (out.isXcdr2()) {
                    writeMutable2(o, set, keyMode, out);
                } else {
                    writeMutable1(o, set, keyMode, out);
                }
            }
        }
    }

    private static void writePlain(Object o, Member[] set, boolean keyMode, CdrOutput out) {
        for (Member m : set) {
            if (m.optional) {
                writeOptional(o, m, keyMode, out);
            } else {
                writeValue(o, m, keyMode, out);
            }
        }
    }

    private static void writeOptional(Object o, Member m, boolean keyMode, CdrOutput out) {
        Object v = m.access.getObject(o, m.slot);
        if (out.isXcdr2()) {
            out.writeBoolean(v != null);
            if (v != null) {
                writeObject(v, m, keyMode, out);
            }
        } else if (v == null) {
            out.writeAbsentParameter(m.id, m.mustUnderstand);
        } else {
            long token = out.beginParameter(m.id, m.mustUnderstand);
            writeObject(v, m, keyMode, out);
            out.endOptionalParameter(token);
        }
    }

    private static void writeMutable2(Object o, Member[] set, boolean keyMode, CdrOutput out) {
        int mark = out.beginDelimited();
        for (Member m : set) {
            if (m.optional && m.access.getObject(o, m.slot) == null) {
                continue;
            }
            int header = out.beginEmHeader(m.id, m.mustUnderstand, m.lengthCode);
            writeValue(o, m, keyMode, out);
            out.endEmHeader(header);
        }
        out.endDelimited(mark);
    }

    private static void writeMutable1(Object o, Member[] set, boolean keyMode, CdrOutput out) {
        for (Member m : set) {
            if (m.optional && m.access.getObject(o, m.slot) == null) {
                continue;
            }
            long token = out.beginParameter(m.id, m.mustUnderstand);
            writeValue(o, m, keyMode, out);
            out.endParameter(token);
        }
        out.writeParameterListEnd();
    }

    private static void writeValue(Object o, Member m, boolean keyMode, CdrOutput out) {
        FieldAccess a = m.access;
        int s = m.slot;
        switch (m.kind) {
            case Kinds.BOOLEAN -> out.writeBoolean(a.getBoolean(o, s));
            case Kinds.BYTE -> out.writeByte(a.getByte(o, s));
            case Kinds.SHORT -> out.writeShort(a.getShort(o, s));
            case Kinds.CHAR8 -> out.writeChar8(a.getChar(o, s));
            case Kinds.WCHAR -> out.writeWchar(a.getChar(o, s));
            case Kinds.INT -> out.writeInt(a.getInt(o, s));
            case Kinds.LONG -> out.writeLong(a.getLong(o, s));
            case Kinds.FLOAT -> out.writeFloat(a.getFloat(o, s));
            case Kinds.DOUBLE -> out.writeDouble(a.getDouble(o, s));
            default -> writeObject(a.getObject(o, s), m, keyMode, out);
        }
    }

    private static void writeObject(Object v, Member m, boolean keyMode, CdrOutput out) {
        if (keyMode) {
            m.type.writeKey(v, out);
        } else {
            m.type.write(v, out);
        }
    }

    // ---------------------------------------------------------------- read

    void read(CdrInput in, Object o, Member[] set, boolean keyMode) {
        if (body != null && set == members) {
            if (extensibility == TypeExtensibility.APPENDABLE && in.isXcdr2()) {
                int end = in.readDelimiter();
                int saved = in.pushLimit(end);
                body.readUpTo(in, o, end);
                in.popLimit(saved);
                in.position(end);
            } else {
                body.read(in, o);
            }
            return;
        }
        switch (extensibility) {
            case FINAL -> {
                for (Member m : set) {
                    readPlain(in, o, m, keyMode);
                }
            }
            case APPENDABLE -> {
                if (in.isXcdr2()) {
                    readAppendable2(in, o, set, keyMode);
                } else {
                    for (Member m : set) {
                        readPlain(in, o, m, keyMode);
                    }
                }
            }
            case MUTABLE -> readMutable(in, o, set, keyMode);
        }
    }

    /** XCDR2 appendable: members the writer's older version lacks get defaults; newer ones are skipped. */
    private static void readAppendable2(CdrInput in, Object o, Member[] set, boolean keyMode) {
        int end = in.readDelimiter();
        int saved = in.pushLimit(end);
        int i = 0;
        for (; i < set.length && in.position() < end; i++) {
            readPlain(in, o, set[i], keyMode);
        }
        for (; i < set.length; i++) {
            setDefault(o, set[i]);
        }
        in.popLimit(saved);
        in.position(end);
    }

    private static void readPlain(CdrInput in, Object o, Member m, boolean keyMode) {
        if (!m.optional) {
            readValue(in, o, m, keyMode);
        } else if (in.isXcdr2()) {
            if (in.readBoolean()) {
                Object current = m.access.getObject(o, m.slot);
                m.access.setObject(o, m.slot, readObject(in, current, m, keyMode));
            } else {
                m.access.setObject(o, m.slot, null);
            }
        } else {
            int at = in.position();
            if (!in.readParameterHeader()) {
                throw in.malformed("parameter-list end where optional member " + m.name + " was expected", at);
            }
            int length = in.memberLength();
            if (length == 0) {
                m.access.setObject(o, m.slot, null);
                return;
            }
            int valueStart = in.position();
            int savedLimit = in.pushLimit(valueStart + length);
            int savedOrigin = in.pushOrigin(valueStart);
            Object current = m.access.getObject(o, m.slot);
            m.access.setObject(o, m.slot, readObject(in, current, m, keyMode));
            in.popOrigin(savedOrigin);
            in.popLimit(savedLimit);
            in.position(valueStart + length);
        }
    }

    private void readMutable(CdrInput in, Object o, Member[] set, boolean keyMode) {
        boolean xcdr2 = in.isXcdr2();
        int end = 0;
        int savedLimit = 0;
        if (xcdr2) {
            end = in.readDelimiter();
            savedLimit = in.pushLimit(end);
        }
        long seen = 0; // members seen, by declaration index; structs of over 64 members pay an array
        long[] seenMany = members.length > 64 ? new long[(members.length + 63) >>> 6] : null;
        int hint = 0;
        while (true) {
            int at = in.position();
            int length;
            if (xcdr2) {
                if (at >= end) {
                    break;
                }
                length = in.readEmHeader();
            } else {
                if (!in.readParameterHeader()) {
                    break;
                }
                length = in.memberLength();
            }
            int id = in.memberId();
            Member m = hint < members.length && members[hint].id == id ? members[hint] : findById(id);
            int valueStart = in.position();
            if (m == null) {
                if (in.memberMustUnderstand()) {
                    throw in.malformed("unknown must-understand member id " + id + " in " + type.getName(), at);
                }
                in.skip(length);
                continue;
            }
            hint = m.index + 1;
            if (set != members && !m.key) {
                in.skip(length);
                continue;
            }
            int memberLimit = in.pushLimit(valueStart + length);
            int savedOrigin = xcdr2 ? 0 : in.pushOrigin(valueStart);
            if (m.optional) {
                Object current = m.access.getObject(o, m.slot);
                m.access.setObject(o, m.slot, readObject(in, current, m, keyMode));
            } else {
                readValue(in, o, m, keyMode);
            }
            if (!xcdr2) {
                in.popOrigin(savedOrigin);
            }
            in.popLimit(memberLimit);
            in.position(valueStart + length);
            if (seenMany == null) {
                seen |= 1L << m.index;
            } else {
                seenMany[m.index >>> 6] |= 1L << m.index;
            }
        }
        if (xcdr2) {
            in.popLimit(savedLimit);
            in.position(end);
        }
        for (Member m : set) {
            boolean wasSeen = seenMany == null ? (seen & (1L << m.index)) != 0 : (seenMany[m.index >>> 6] & (1L << m.index)) != 0;
            if (!wasSeen) {
                setDefault(o, m);
            }
        }
    }

    private Member findById(int id) {
        int i = Arrays.binarySearch(sortedIds, id);
        return i >= 0 ? byId[i] : null;
    }

    private static void readValue(CdrInput in, Object o, Member m, boolean keyMode) {
        FieldAccess a = m.access;
        int s = m.slot;
        switch (m.kind) {
            case Kinds.BOOLEAN -> a.setBoolean(o, s, in.readBoolean());
            case Kinds.BYTE -> a.setByte(o, s, in.readByte());
            case Kinds.SHORT -> a.setShort(o, s, in.readShort());
            case Kinds.CHAR8 -> a.setChar(o, s, in.readChar8());
            case Kinds.WCHAR -> a.setChar(o, s, in.readWchar());
            case Kinds.INT -> a.setInt(o, s, in.readInt());
            case Kinds.LONG -> a.setLong(o, s, in.readLong());
            case Kinds.FLOAT -> a.setFloat(o, s, in.readFloat());
            case Kinds.DOUBLE -> a.setDouble(o, s, in.readDouble());
            default -> {
                Object current = a.getObject(o, s);
                Object v = readObject(in, current, m, keyMode);
                if (v != current) {
                    a.setObject(o, s, v);
                }
            }
        }
    }

    private static Object readObject(CdrInput in, Object current, Member m, boolean keyMode) {
        return keyMode ? m.type.readKey(in, current) : m.type.read(in, current);
    }

    // ---------------------------------------------------------------- copy, equality

    void copy(Object src, Object dst, Member[] set, boolean keyMode) {
        for (Member m : set) {
            FieldAccess a = m.access;
            int s = m.slot;
            switch (m.kind) {
                case Kinds.BOOLEAN -> a.setBoolean(dst, s, a.getBoolean(src, s));
                case Kinds.BYTE -> a.setByte(dst, s, a.getByte(src, s));
                case Kinds.SHORT -> a.setShort(dst, s, a.getShort(src, s));
                case Kinds.CHAR8, Kinds.WCHAR -> a.setChar(dst, s, a.getChar(src, s));
                case Kinds.INT -> a.setInt(dst, s, a.getInt(src, s));
                case Kinds.LONG -> a.setLong(dst, s, a.getLong(src, s));
                case Kinds.FLOAT -> a.setFloat(dst, s, a.getFloat(src, s));
                case Kinds.DOUBLE -> a.setDouble(dst, s, a.getDouble(src, s));
                default -> {
                    Object current = a.getObject(dst, s);
                    Object source = a.getObject(src, s);
                    Object v = keyMode ? m.type.copyKey(source, current) : m.type.copy(source, current);
                    if (v != current) {
                        a.setObject(dst, s, v);
                    }
                }
            }
        }
    }

    boolean equal(Object x, Object y, Member[] set, boolean keyMode) {
        for (Member m : set) {
            FieldAccess a = m.access;
            int s = m.slot;
            boolean same = switch (m.kind) {
                case Kinds.BOOLEAN -> a.getBoolean(x, s) == a.getBoolean(y, s);
                case Kinds.BYTE -> a.getByte(x, s) == a.getByte(y, s);
                case Kinds.SHORT -> a.getShort(x, s) == a.getShort(y, s);
                case Kinds.CHAR8, Kinds.WCHAR -> a.getChar(x, s) == a.getChar(y, s);
                case Kinds.INT -> a.getInt(x, s) == a.getInt(y, s);
                case Kinds.LONG -> a.getLong(x, s) == a.getLong(y, s);
                case Kinds.FLOAT -> Float.floatToIntBits(a.getFloat(x, s)) == Float.floatToIntBits(a.getFloat(y, s));
                case Kinds.DOUBLE -> Double.doubleToLongBits(a.getDouble(x, s)) == Double.doubleToLongBits(a.getDouble(y, s));
                default -> {
                    Object u = a.getObject(x, s);
                    Object v = a.getObject(y, s);
                    if (m.optional && (u == null || v == null)) {
                        yield u == v;
                    }
                    yield keyMode ? m.type.keyEqual(u, v) : m.type.equal(u, v);
                }
            };
            if (!same) {
                return false;
            }
        }
        return true;
    }

    int hash(Object o, Member[] set, boolean keyMode) {
        int h = 17;
        for (Member m : set) {
            FieldAccess a = m.access;
            int s = m.slot;
            int e = switch (m.kind) {
                case Kinds.BOOLEAN -> Boolean.hashCode(a.getBoolean(o, s));
                case Kinds.BYTE -> a.getByte(o, s);
                case Kinds.SHORT -> a.getShort(o, s);
                case Kinds.CHAR8, Kinds.WCHAR -> a.getChar(o, s);
                case Kinds.INT -> a.getInt(o, s);
                case Kinds.LONG -> Long.hashCode(a.getLong(o, s));
                case Kinds.FLOAT -> Float.hashCode(a.getFloat(o, s));
                case Kinds.DOUBLE -> Double.hashCode(a.getDouble(o, s));
                default -> {
                    Object v = a.getObject(o, s);
                    if (m.optional && v == null) {
                        yield 0;
                    }
                    yield keyMode ? m.type.keyHash(v) : m.type.hash(v);
                }
            };
            h = 31 * h + e;
        }
        return h;
    }

    // ---------------------------------------------------------------- key hash

    /**
     * Writes the key-hash form of {@code o}: the members of {@code order} (already in member-id order)
     * back to back, nested structs flattened the same way, no DHEADER, EMHEADER or parameter headers
     * (the key holder is FINAL, XTypes 7.6.8). {@code out} is XCDR2 big-endian.
     */
    void writeKeyHash(Object o, Member[] order, CdrOutput out) {
        for (Member m : order) {
            if (m.kind != Kinds.OBJECT) {
                writeValue(o, m, false, out);
                continue;
            }
            Object v = m.access.getObject(o, m.slot);
            if (m.optional) {
                out.writeBoolean(v != null);
                if (v == null) {
                    continue;
                }
            }
            m.type.writeKeyHash(v, out);
        }
    }

    /** Reads what {@link #writeKeyHash} wrote into the key members of {@code o}. */
    void readKeyHash(CdrInput in, Object o, Member[] order) {
        for (Member m : order) {
            if (m.kind != Kinds.OBJECT) {
                readValue(in, o, m, false);
                continue;
            }
            if (m.optional && !in.readBoolean()) {
                m.access.setObject(o, m.slot, null);
                continue;
            }
            Object current = m.access.getObject(o, m.slot);
            Object v = m.type.readKeyHash(in, current);
            if (v != current) {
                m.access.setObject(o, m.slot, v);
            }
        }
    }

    /** Largest end position of {@link #writeKeyHash} started at {@code pos}, or {@link ValueType#UNBOUNDED}. */
    long keyHashEnd(long pos, Member[] order) {
        long p = pos;
        for (Member m : order) {
            if (p >= ValueType.UNBOUNDED) {
                return ValueType.UNBOUNDED;
            }
            if (m.kind != Kinds.OBJECT) {
                p = Kinds.xcdr2End(p, m.kind);
            } else {
                if (m.optional) {
                    p += 1;
                }
                p = m.type.keyHashEnd(p);
            }
        }
        return p;
    }
}
