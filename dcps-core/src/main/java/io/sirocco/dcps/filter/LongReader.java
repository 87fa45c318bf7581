package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;

/** Reads integral values, enum codes and char codes, widened to {@code long}; the leaf handle has type {@code (Object)long} and never sees {@code null}. */
final class LongReader extends FieldReader {
    private final MethodHandle leaf;

    LongReader(String path, MethodHandle[] steps, MethodHandle leaf) {
        super(path, steps);
        this.leaf = leaf;
    }

    /** The value held by a non-null {@link #owner(Object) owner}. */
    long read(Object owner) {
        try {
            return (long) leaf.invokeExact(owner);
        } catch (Throwable failure) {
            throw failed(failure);
        }
    }
}
