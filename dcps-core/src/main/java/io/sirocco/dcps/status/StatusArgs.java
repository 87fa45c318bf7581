package io.sirocco.dcps.status;

import io.sirocco.dcps.core.Handles;
import io.sirocco.dcps.core.LongInstanceHandle;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;

/** Argument checks and count arithmetic shared by the status snapshots. */
final class StatusArgs {
    private StatusArgs() {
    }

    static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static ServiceEnvironment env(ServiceEnvironment env) {
        return require(env, "environment");
    }

    static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /**
     * {@code a + b}, held at the {@code int} limits instead of wrapping: a counter that has run for
     * years should stick at its maximum rather than turn negative.
     */
    static int plus(int a, int b) {
        long sum = (long) a + b;
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, sum));
    }

    static InstanceHandle nil(ServiceEnvironment env) {
        return new LongInstanceHandle(env, Handles.NIL);
    }
}
