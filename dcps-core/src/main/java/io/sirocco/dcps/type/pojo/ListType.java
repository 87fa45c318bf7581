package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MemberHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code java.util.List<E>} as an IDL sequence (DHEADER first in XCDR2 unless E is a boxed
 * primitive). Reading reuses the field's list when it is an {@link ArrayList}, and its elements where
 * they are mutable (structs, arrays), so a steady stream of same-shaped samples allocates nothing but
 * changed strings.
 */
final class ListType extends ValueType {
    private final ValueType element;
    private final int bound;

    ListType(ValueType element, int bound) {
        this.element = element;
        this.bound = bound;
    }

    @Override
    public void write(Object value, CdrOutput out) {
        List<?> list = value == null ? List.of() : (List<?>) value;
        int n = list.size();
        if (n > bound) {
            throw new IllegalArgumentException("sequence of " + n + " elements exceeds its bound of " + bound);
        }
        boolean delimited = out.isXcdr2() && !element.isPrimitive();
        int mark = delimited ? out.beginDelimited() : 0;
        out.writeSequenceLength(n);
        for (int i = 0; i < n; i++) {
            element.write(list.get(i), out);
        }
        if (delimited) {
            out.endDelimited(mark);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object read(CdrInput in, Object current) {
        boolean delimited = in.isXcdr2() && !element.isPrimitive();
        int end = 0;
        int savedLimit = 0;
        if (delimited) {
            end = in.readDelimiter();
            savedLimit = in.pushLimit(end);
        }
        int at = in.position();
        int n = in.readSequenceLength(element.minSize());
        if (n > bound) {
            throw in.malformed("sequence of " + n + " elements exceeds its bound of " + bound, at);
        }
        ArrayList<Object> list = current instanceof ArrayList<?> l ? (ArrayList<Object>) l : new ArrayList<>(n);
        int reuse = Math.min(n, list.size());
        for (int i = 0; i < reuse; i++) {
            Object old = list.get(i);
            Object v = element.read(in, old);
            if (v != old) {
                list.set(i, v);
            }
        }
        for (int i = reuse; i < n; i++) {
            list.add(element.read(in, null));
        }
        while (list.size() > n) {
            list.removeLast();
        }
        if (delimited) {
            in.popLimit(savedLimit);
            in.position(end);
        }
        return list;
    }

    @Override
    @SuppressWarnings("unchecked")
    Object copy(Object source, Object current) {
        if (source == null) {
            return null;
        }
        List<?> s = (List<?>) source;
        int n = s.size();
        ArrayList<Object> t = current instanceof ArrayList<?> l && l != s ? (ArrayList<Object>) l : new ArrayList<>(n);
        int reuse = Math.min(n, t.size());
        for (int i = 0; i < reuse; i++) {
            t.set(i, element.copy(s.get(i), t.get(i)));
        }
        for (int i = reuse; i < n; i++) {
            t.add(element.copy(s.get(i), null));
        }
        while (t.size() > n) {
            t.removeLast();
        }
        return t;
    }

    @Override
    boolean equal(Object a, Object b) {
        List<?> x = a == null ? List.of() : (List<?>) a;
        List<?> y = b == null ? List.of() : (List<?>) b;
        int n = x.size();
        if (n != y.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!element.equal(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    int hash(Object value) {
        if (value == null) {
            return 1;
        }
        List<?> list = (List<?>) value;
        int h = 1;
        for (int i = 0, n = list.size(); i < n; i++) {
            h = 31 * h + element.hash(list.get(i));
        }
        return h;
    }

    @Override
    long keyHashEnd(long pos) {
        if (bound == Integer.MAX_VALUE || element instanceof StructType) {
            return UNBOUNDED;
        }
        long p = element.isPrimitive() ? pos : Kinds.align(pos, 4) + 4;
        p = Kinds.align(p, 4) + 4;
        for (int i = 0; i < bound && p < UNBOUNDED; i++) {
            p = element.keyHashEnd(p);
        }
        return p;
    }

    @Override
    Object defaultValue() {
        return new ArrayList<>();
    }

    @Override
    int lengthCode() {
        return element.isPrimitive() ? Kinds.sequenceLengthCode(element.primitiveKind()) : MemberHeaders.LC_LENGTH;
    }

    @Override
    int minSize() {
        return 4;
    }
}
