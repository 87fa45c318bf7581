package org.omg.dds.core;

import java.util.concurrent.TimeUnit;

/**
 * A {@link Time} that can be changed in place, so that code that handles many timestamps can reuse
 * one object instead of allocating new ones.
 */
public abstract class ModifiableTime extends Time {

    /**
     * For implementations only; applications call
     * {@link Time#newTime(long, TimeUnit, ServiceEnvironment)}.
     */
    public ModifiableTime() {
    }

    /**
     * Sets this time to the value of {@code time}.
     *
     * @param time the time to copy
     */
    public abstract void copyFrom(Time time);

    /** Returns an immutable copy of the current value of this time. */
    public abstract Time immutableCopy();

    /**
     * Sets this time to {@code amount} {@code unit}s after the epoch.
     *
     * @param amount the time since the epoch, in {@code unit}s
     * @param unit the unit of {@code amount}
     */
    public abstract void setTime(long amount, TimeUnit unit);

    /**
     * Moves this time forward by {@code duration}.
     *
     * @param duration the length to add
     */
    public abstract void add(Duration duration);

    /**
     * Moves this time forward by {@code amount} {@code unit}s.
     *
     * @param amount the length to add, in {@code unit}s
     * @param unit the unit of {@code amount}
     */
    public abstract void add(long amount, TimeUnit unit);

    /**
     * Moves this time back by {@code duration}.
     *
     * @param duration the length to subtract
     */
    public abstract void subtract(Duration duration);

    /**
     * Moves this time back by {@code amount} {@code unit}s.
     *
     * @param amount the length to subtract, in {@code unit}s
     * @param unit the unit of {@code amount}
     */
    public abstract void subtract(long amount, TimeUnit unit);
}
