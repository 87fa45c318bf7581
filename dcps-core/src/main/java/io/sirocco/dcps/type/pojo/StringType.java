package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MemberHeaders;

/** IDL {@code string}, {@code string<N>} (N counts UTF-8 bytes), {@code wstring} and {@code wstring<N>}. */
final class StringType extends ValueType {
    static final int UNBOUNDED_LENGTH = Integer.MAX_VALUE;

    private final int bound;
    private final boolean wide;

    StringType(int bound, boolean wide) {
        this.bound = bound;
        this.wide = wide;
    }

    boolean isWide() {
        return wide;
    }

    boolean isBounded() {
        return bound != UNBOUNDED_LENGTH;
    }

    int bound() {
        return bound;
    }

    @Override
    public void write(Object value, CdrOutput out) {
        String s = value == null ? "" : (String) value;
        if (wide) {
            if (s.length() > bound) {
                throw new IllegalArgumentException("wstring of " + s.length() + " characters exceeds its bound of " + bound);
            }
            out.writeWstring(s);
        } else if (bound == UNBOUNDED_LENGTH) {
            out.writeString(s);
        } else {
            out.writeString(s, bound);
        }
    }

    @Override
    public Object read(CdrInput in, Object current) {
        String cur = current instanceof String s ? s : null;
        return wide ? in.readWstring(cur, bound) : in.readString(cur, bound);
    }

    @Override
    Object copy(Object source, Object current) {
        return source;
    }

    @Override
    boolean equal(Object a, Object b) {
        return norm(a).equals(norm(b));
    }

    @Override
    int hash(Object value) {
        return norm(value).hashCode();
    }

    @Override
    long keyHashEnd(long pos) {
        if (bound == UNBOUNDED_LENGTH) {
            return UNBOUNDED;
        }
        long start = Kinds.align(pos, 4) + 4;
        return add(start, wide ? 2L * bound : bound + 1L);
    }

    @Override
    Object defaultValue() {
        return "";
    }

    @Override
    int lengthCode() {
        return MemberHeaders.LC_LENGTH;
    }

    @Override
    int minSize() {
        return wide ? 4 : 5;
    }

    private static String norm(Object o) {
        return o == null ? "" : (String) o;
    }
}
