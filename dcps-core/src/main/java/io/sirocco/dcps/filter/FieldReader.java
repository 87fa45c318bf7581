package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;

/**
 * Walks a resolved field path from a sample to the object that holds the final value (the "owner").
 * Each step is a method handle of type {@code (Object)Object} returning {@code null} when the path
 * cannot be followed (a {@code null} member, an index past the end), so a missing value is detected
 * without exceptions or allocation. Subclasses read the final value as one primitive or text type.
 */
abstract sealed class FieldReader permits LongReader, DoubleReader, BooleanReader, TextReader {
    private final String path;
    private final MethodHandle[] steps;

    FieldReader(String path, MethodHandle[] steps) {
        this.path = path;
        this.steps = steps;
    }

    /** The object the final value is read from, or {@code null} when the path leads nowhere. */
    final Object owner(Object sample) {
        Object current = sample;
        try {
            for (MethodHandle step : steps) {
                if (current == null) {
                    return null;
                }
                current = (Object) step.invokeExact(current);
            }
        } catch (Throwable failure) {
            throw failed(failure);
        }
        return current;
    }

    /** The path as written in the expression, for messages. */
    final String path() {
        return path;
    }

    /** Lets unchecked exceptions from user accessors through; wraps the (impossible) checked ones. */
    final RuntimeException failed(Throwable failure) {
        if (failure instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("reading field '" + path + "' failed", failure);
    }
}
