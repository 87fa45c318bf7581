package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import java.util.concurrent.TimeUnit;

/**
 * An immutable point in time, measured from the Unix epoch (1970-01-01T00:00:00Z), as used for
 * source and reception timestamps of samples. A special invalid time stands for "no time".
 * {@link ModifiableTime} is the mutable variant.
 */
public abstract class Time implements Comparable<Time>, Serializable, DDSObject {

    /**
     * For implementations only; applications call
     * {@link #newTime(long, TimeUnit, ServiceEnvironment)}.
     */
    public Time() {
    }

    /**
     * Creates the time {@code amount} {@code unit}s after the epoch.
     *
     * @param amount the time since the epoch, in {@code unit}s
     * @param unit the unit of {@code amount}
     * @param env the environment of the implementation to use
     * @return a new modifiable time
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static ModifiableTime newTime(long amount, TimeUnit unit, ServiceEnvironment env) {
        return Environments.spi(env).newTime(amount, unit);
    }

    /**
     * Returns the invalid time, the value that stands for "no time".
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static Time invalidTime(ServiceEnvironment env) {
        return Environments.spi(env).invalidTime();
    }

    /**
     * Returns this time as a whole number of {@code unit}s since the epoch, truncating any
     * fraction.
     *
     * @param unit the unit of the result
     */
    public abstract long getTime(TimeUnit unit);

    /**
     * Returns the part of this time that {@link #getTime(TimeUnit) getTime(primaryUnit)} truncates,
     * expressed in {@code remainderUnit}. For example, for 10.25 seconds after the epoch,
     * {@code getRemainder(SECONDS, MILLISECONDS)} returns 250.
     *
     * @param primaryUnit the unit of the whole part
     * @param remainderUnit the unit of the result, normally finer than {@code primaryUnit}
     * @return the remainder in {@code remainderUnit}s
     */
    public abstract long getRemainder(TimeUnit primaryUnit, TimeUnit remainderUnit);

    /** Returns whether this is a real point in time rather than the invalid time. */
    public abstract boolean isValid();

    /** Returns a modifiable copy of this time. */
    public abstract ModifiableTime modifiableCopy();
}
