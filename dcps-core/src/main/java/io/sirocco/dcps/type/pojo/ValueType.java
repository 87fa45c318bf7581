package io.sirocco.dcps.type.pojo;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;

/**
 * How values of one non-primitive member type (string, enum, boxed primitive, array, list, nested
 * struct) are serialized, copied, compared and defaulted. Primitive members bypass this class: the
 * struct codec reads and writes them directly through {@link FieldAccess}, without boxing.
 *
 * <p>Values may be {@code null} wherever the user left a field unset; a {@code null} is written as
 * the type's default value.
 *
 * <p>Public only so that generated {@link StructBody} classes, which live in the user's package, can
 * call {@link #write} and {@link #read}; it cannot be subclassed outside this package.
 */
public abstract class ValueType {
    /** {@link #keyHashEnd} result for keys without a maximum size (unbounded strings or sequences). */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    ValueType() {
    }

    /** Writes {@code value} (a {@code null} as the default value). Public for generated struct bodies. */
    public abstract void write(Object value, CdrOutput out);

    /** Writes only the key part (differs from {@link #write} for nested structs only). */
    void writeKey(Object value, CdrOutput out) {
        write(value, out);
    }

    /**
     * Reads a value, reusing {@code current} (the field's value) when it is mutable and fits. Public for
     * generated struct bodies.
     */
    public abstract Object read(CdrInput in, Object current);

    /** Reads only the key part (differs from {@link #read} for nested structs only). */
    Object readKey(CdrInput in, Object current) {
        return read(in, current);
    }

    /** A deep copy of {@code source}, reusing {@code current} where it fits; {@code null} stays {@code null}. */
    abstract Object copy(Object source, Object current);

    /** Copies only the key part. */
    Object copyKey(Object source, Object current) {
        return copy(source, current);
    }

    abstract boolean equal(Object a, Object b);

    boolean keyEqual(Object a, Object b) {
        return equal(a, b);
    }

    abstract int hash(Object value);

    int keyHash(Object value) {
        return hash(value);
    }

    /** Writes the value as part of a key hash (XCDR2 big-endian; nested structs flattened, forced final). */
    void writeKeyHash(Object value, CdrOutput out) {
        write(value, out);
    }

    /** Reads what {@link #writeKeyHash} wrote (in whatever version and byte order {@code in} has). */
    Object readKeyHash(CdrInput in, Object current) {
        return read(in, current);
    }

    /** Largest end position after this value as part of a key hash written from {@code pos}, or {@link #UNBOUNDED}. */
    abstract long keyHashEnd(long pos);

    /** A fresh default value (new instance for mutable types). */
    abstract Object defaultValue();

    /** EMHEADER length code of a member of this type. */
    abstract int lengthCode();

    /** The primitive kind when values are primitives (boxed), else {@link Kinds#OBJECT}. */
    int primitiveKind() {
        return Kinds.OBJECT;
    }

    /** Smallest number of bytes one value takes on the wire; guards sequence counts. */
    abstract int minSize();

    /** Whether values are primitives, which collections of them carry without a DHEADER in XCDR2. */
    final boolean isPrimitive() {
        return primitiveKind() != Kinds.OBJECT;
    }

    static long add(long pos, long size) {
        return pos >= UNBOUNDED || size >= UNBOUNDED ? UNBOUNDED : Math.min(UNBOUNDED, pos + size);
    }
}
