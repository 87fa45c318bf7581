package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.ResourceLimits;

/**
 * Argument checks shared by the policy and QoS classes. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the name of the argument, so that a
 * caller can tell at once which value was wrong.
 */
final class Args {
    private static final int HEX_SHOWN = 32;

    private Args() {
    }

    static ServiceEnvironment env(ServiceEnvironment env) {
        return require(env, "env");
    }

    static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** A count that may be zero, positive or {@link ResourceLimits#LENGTH_UNLIMITED}. */
    static int limit(int value, String name) {
        if (value < ResourceLimits.LENGTH_UNLIMITED) {
            throw new IllegalArgumentException(
                    name + " must be zero, positive or LENGTH_UNLIMITED (-1), not " + value);
        }
        return value;
    }

    /**
     * Any {@link Duration} as a {@link NanoDuration} of {@code env}; a foreign duration is converted
     * so that policies compare and serialize the same whatever created their durations.
     */
    static NanoDuration duration(ServiceEnvironment env, Duration value, String name) {
        require(value, name);
        if (value instanceof NanoDuration nano && nano.getEnvironment() == env) {
            return nano;
        }
        long nanos = NanoDuration.nanosOf(value);
        if (nanos < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return new NanoDuration(env, nanos);
    }

    static NanoDuration duration(ServiceEnvironment env, long amount, TimeUnit unit, String name) {
        require(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + amount + " " + unit);
        }
        return new NanoDuration(env, unit.toNanos(amount));
    }

    /** A private copy of {@code value[offset .. offset + length)}. */
    static byte[] copyRange(byte[] value, int offset, int length) {
        require(value, "value");
        if (offset < 0 || offset > value.length) {
            throw new IllegalArgumentException(
                    "offset " + offset + " is outside the array of length " + value.length);
        }
        if (length < 0 || length > value.length - offset) {
            throw new IllegalArgumentException("length " + length + " does not fit in the array of length "
                    + value.length + " from offset " + offset);
        }
        byte[] copy = new byte[length];
        System.arraycopy(value, offset, copy, 0, length);
        return copy;
    }

    /** Bytes for a {@code toString}: hexadecimal, cut after the first few. */
    static String hex(byte[] value) {
        if (value.length <= HEX_SHOWN) {
            return HexFormat.of().formatHex(value);
        }
        return HexFormat.of().formatHex(value, 0, HEX_SHOWN) + "...(" + value.length + " bytes)";
    }
}
