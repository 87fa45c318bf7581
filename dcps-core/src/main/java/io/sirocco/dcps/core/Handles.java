package io.sirocco.dcps.core;

import java.util.concurrent.atomic.AtomicLong;
import org.omg.dds.core.InstanceHandle;

/**
 * Instance handles are positive {@code long}s, unique within the JVM; 0 is the nil handle. Entities
 * and data instances draw from the same counter so that a handle never means two things.
 */
public final class Handles {
    /** The value of the nil handle. */
    public static final long NIL = 0;

    private static final AtomicLong NEXT = new AtomicLong(1);

    private Handles() {
    }

    /** A fresh handle value. */
    public static long next() {
        return NEXT.getAndIncrement();
    }

    /** The value of any handle created by Sirocco; {@code null} and foreign handles are rejected. */
    public static long valueOf(InstanceHandle handle, String argumentName) {
        if (handle == null) {
            throw new IllegalArgumentException(argumentName + " must not be null");
        }
        if (handle instanceof LongInstanceHandle h) {
            return h.value();
        }
        if (handle instanceof ModifiableLongInstanceHandle h) {
            return h.value();
        }
        throw new IllegalArgumentException(argumentName + " is not a handle created by Sirocco: " + handle);
    }
}
