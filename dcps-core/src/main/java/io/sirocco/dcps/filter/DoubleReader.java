package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;

/** Reads numeric values widened to {@code double}; the leaf handle has type {@code (Object)double} and never sees {@code null}. */
final class DoubleReader extends FieldReader {
    private final MethodHandle leaf;

    DoubleReader(String path, MethodHandle[] steps, MethodHandle leaf) {
        super(path, steps);
        this.leaf = leaf;
    }

    /** The value held by a non-null {@link #owner(Object) owner}. */
    double read(Object owner) {
        try {
            return (double) leaf.invokeExact(owner);
        } catch (Throwable failure) {
            throw failed(failure);
        }
    }
}
