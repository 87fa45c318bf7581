package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;

/** Reads boolean values; the leaf handle has type {@code (Object)boolean} and never sees {@code null}. */
final class BooleanReader extends FieldReader {
    private final MethodHandle leaf;

    BooleanReader(String path, MethodHandle[] steps, MethodHandle leaf) {
        super(path, steps);
        this.leaf = leaf;
    }

    /** The value held by a non-null {@link #owner(Object) owner}. */
    boolean read(Object owner) {
        try {
            return (boolean) leaf.invokeExact(owner);
        } catch (Throwable failure) {
            throw failed(failure);
        }
    }
}
