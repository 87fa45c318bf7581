package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MemberHeaders;
import java.lang.reflect.Array;

/**
 * A Java array of non-primitive elements (strings, enums, boxed values, structs, nested arrays) as an
 * IDL sequence or, with a fixed length, an IDL array. In XCDR2 a collection of non-primitive elements
 * starts with a DHEADER. A multi-dimensional IDL array ({@code long a[2][3]}) is a Java array of
 * arrays whose inner dimensions are marked {@code innerDimension}: the whole array is one IDL array,
 * so only the outermost level may carry a DHEADER, and none when the innermost elements are primitive.
 */
final class ObjectArrayType extends ValueType {
    private final ValueType element;
    private final Class<?> component;
    private final int fixedLength;   // PrimitiveArrayType.SEQUENCE for sequences
    private final int bound;
    private final boolean innerDimension;
    private final boolean innermostPrimitive;
    private final Object empty;

    ObjectArrayType(ValueType element, Class<?> component, int fixedLength, int bound,
            boolean innerDimension, boolean elementIsDimension) {
        this.element = element;
        this.component = component;
        this.fixedLength = fixedLength;
        this.bound = bound;
        this.innerDimension = innerDimension;
        if (elementIsDimension) {
            this.innermostPrimitive = element instanceof PrimitiveArrayType
                    || element instanceof ObjectArrayType oa && oa.innermostPrimitive;
        } else {
            this.innermostPrimitive = element.isPrimitive();
        }
        this.empty = Array.newInstance(component, 0);
    }

    private boolean isFixed() {
        return fixedLength != PrimitiveArrayType.SEQUENCE;
    }

    private boolean delimited(boolean xcdr2) {
        return xcdr2 && !innerDimension && !innermostPrimitive;
    }

    @Override
    public void write(Object value, CdrOutput out) {
        Object[] a = (Object[]) (value == null ? defaultValue() : value);
        int n = a.length;
        if (isFixed() && n != fixedLength) {
            throw new IllegalArgumentException("array of length " + n + " for an IDL array of " + fixedLength);
        }
        if (!isFixed() && n > bound) {
            throw new IllegalArgumentException("sequence of " + n + " elements exceeds its bound of " + bound);
        }
        boolean delimited = delimited(out.isXcdr2());
        int mark = delimited ? out.beginDelimited() : 0;
        if (!isFixed()) {
            out.writeSequenceLength(n);
        }
        for (Object e : a) {
            element.write(e, out);
        }
        if (delimited) {
            out.endDelimited(mark);
        }
    }

    @Override
    public Object read(CdrInput in, Object current) {
        boolean delimited = delimited(in.isXcdr2());
        int end = 0;
        int savedLimit = 0;
        if (delimited) {
            end = in.readDelimiter();
            savedLimit = in.pushLimit(end);
        }
        int n;
        if (isFixed()) {
            n = fixedLength;
        } else {
            int at = in.position();
            n = in.readSequenceLength(element.minSize());
            if (n > bound) {
                throw in.malformed("sequence of " + n + " elements exceeds its bound of " + bound, at);
            }
        }
        Object[] a;
        if (current instanceof Object[] c && c.getClass() == empty.getClass() && c.length == n) {
            a = c;
        } else {
            if ((long) n * Math.max(1, element.minSize()) > in.remaining()) {
                throw in.malformed("array of " + n + " elements exceeds the " + in.remaining() + " bytes that remain",
                        in.position());
            }
            a = (Object[]) Array.newInstance(component, n);
        }
        for (int i = 0; i < n; i++) {
            a[i] = element.read(in, a[i]);
        }
        if (delimited) {
            in.popLimit(savedLimit);
            in.position(end);
        }
        return a;
    }

    @Override
    Object copy(Object source, Object current) {
        if (source == null) {
            return null;
        }
        Object[] s = (Object[]) source;
        Object[] t = current instanceof Object[] c && c.getClass() == s.getClass() && c.length == s.length && c != s
                ? c : (Object[]) Array.newInstance(component, s.length);
        for (int i = 0; i < s.length; i++) {
            t[i] = element.copy(s[i], t[i]);
        }
        return t;
    }

    @Override
    boolean equal(Object a, Object b) {
        Object[] x = (Object[]) (a == null ? defaultValue() : a);
        Object[] y = (Object[]) (b == null ? defaultValue() : b);
        if (x.length != y.length) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            if (!element.equal(x[i], y[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    int hash(Object value) {
        int h = 1;
        for (Object e : (Object[]) (value == null ? defaultValue() : value)) {
            h = 31 * h + element.hash(e);
        }
        return h;
    }

    @Override
    long keyHashEnd(long pos) {
        if (!isFixed() && bound == Integer.MAX_VALUE || element instanceof StructType) {
            return UNBOUNDED;
        }
        long p = delimited(true) ? Kinds.align(pos, 4) + 4 : pos;
        if (!isFixed()) {
            p = Kinds.align(p, 4) + 4;
        }
        int count = isFixed() ? fixedLength : bound;
        for (int i = 0; i < count && p < UNBOUNDED; i++) {
            p = element.keyHashEnd(p);
        }
        return p;
    }

    @Override
    Object defaultValue() {
        if (!isFixed()) {
            return empty;
        }
        Object[] a = (Object[]) Array.newInstance(component, fixedLength);
        for (int i = 0; i < a.length; i++) {
            a[i] = element.defaultValue();
        }
        return a;
    }

    @Override
    int lengthCode() {
        if (isFixed()) {
            return innermostPrimitive ? MemberHeaders.LC_NEXTINT : MemberHeaders.LC_LENGTH;
        }
        return element.isPrimitive() ? Kinds.sequenceLengthCode(element.primitiveKind()) : MemberHeaders.LC_LENGTH;
    }

    @Override
    int minSize() {
        if (isFixed()) {
            return (int) Math.min(Integer.MAX_VALUE, (long) fixedLength * element.minSize());
        }
        return 4;
    }
}
