package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/**
 * An immutable length of time, possibly infinite, as used by QoS policies (deadline,
 * lease duration, ...) and by timeouts. Durations are ordered by length, the infinite duration
 * being the longest.
 */
public abstract class Duration implements Comparable<Duration>, Serializable, DDSObject {

    /**
     * For implementations only; applications call
     * {@link #newDuration(long, TimeUnit, ServiceEnvironment)}.
     */
    public Duration() {
    }

    /**
     * Creates a duration of {@code amount} {@code unit}s.
     *
     * @param amount the length, in {@code unit}s
     * @param unit the unit of {@code amount}
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static Duration newDuration(long amount, TimeUnit unit, ServiceEnvironment env) {
        return Environments.spi(env).newDuration(amount, unit);
    }

    /**
     * Returns the infinite duration, which stands for "never" in timeouts and policies.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static Duration infiniteDuration(ServiceEnvironment env) {
        return Environments.spi(env).infiniteDuration();
    }

    /**
     * Returns the duration of length zero.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static Duration zeroDuration(ServiceEnvironment env) {
        return Environments.spi(env).zeroDuration();
    }

    /**
     * Returns this duration as a whole number of {@code unit}s, truncating any fraction.
     *
     * @param unit the unit of the result
     * @return the length in {@code unit}s; {@link Long#MAX_VALUE} for the infinite duration
     */
    public abstract long getDuration(TimeUnit unit);

    /**
     * Returns the part of this duration that {@link #getDuration(TimeUnit) getDuration(primaryUnit)}
     * truncates, expressed in {@code remainderUnit}. For example, for 2.75 seconds,
     * {@code getRemainder(SECONDS, MILLISECONDS)} returns 750.
     *
     * @param primaryUnit the unit of the whole part
     * @param remainderUnit the unit of the result, normally finer than {@code primaryUnit}
     * @return the remainder in {@code remainderUnit}s
     */
    public abstract long getRemainder(TimeUnit primaryUnit, TimeUnit remainderUnit);

    /** Returns whether this duration has length zero. */
    public abstract boolean isZero();

    /** Returns whether this is the infinite duration. */
    public abstract boolean isInfinite();

    /**
     * Returns the sum of this duration and {@code duration}; the sum is infinite if either is.
     *
     * @param duration the duration to add
     * @return a new duration; this one is unchanged
     */
    public abstract Duration add(Duration duration);

    /**
     * Returns the sum of this duration and {@code amount} {@code unit}s.
     *
     * @param amount the length to add, in {@code unit}s
     * @param unit the unit of {@code amount}
     * @return a new duration; this one is unchanged
     */
    public abstract Duration add(long amount, TimeUnit unit);

    /**
     * Returns this duration minus {@code duration}.
     *
     * @param duration the duration to subtract
     * @return a new duration; this one is unchanged
     */
    public abstract Duration subtract(Duration duration);

    /**
     * Returns this duration minus {@code amount} {@code unit}s.
     *
     * @param amount the length to subtract, in {@code unit}s
     * @param unit the unit of {@code amount}
     * @return a new duration; this one is unchanged
     */
    public abstract Duration subtract(long amount, TimeUnit unit);
}
