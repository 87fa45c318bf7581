package io.sirocco.dcps.core;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ModifiableTime;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.Time;

/** A mutable {@link Time} (nanoseconds since the epoch), reused where samples are pooled. */
public final class ModifiableNanoTime extends ModifiableTime {
    private static final long serialVersionUID = 1L;

    private final transient ServiceEnvironment environment;
    private long nanos;

    public ModifiableNanoTime(ServiceEnvironment environment, long nanos) {
        this.environment = environment;
        this.nanos = nanos;
    }

    public long nanos() {
        return nanos;
    }

    /** Sets the time in nanoseconds since the epoch ({@link NanoTime#INVALID_NANOS} for invalid). */
    public void setNanos(long newNanos) {
        this.nanos = newNanos;
    }

    @Override
    public void copyFrom(Time source) {
        nanos = NanoTime.nanosOf(source);
    }

    @Override
    public Time immutableCopy() {
        return new NanoTime(environment, nanos);
    }

    @Override
    public void setTime(long time, TimeUnit unit) {
        nanos = requireUnit(unit).toNanos(time);
    }

    @Override
    public void add(Duration duration) {
        nanos = plus(nanos, NanoDuration.nanosOf(duration));
    }

    @Override
    public void add(long amount, TimeUnit unit) {
        nanos = plus(nanos, requireUnit(unit).toNanos(amount));
    }

    @Override
    public void subtract(Duration duration) {
        long length = NanoDuration.nanosOf(duration);
        nanos = length == NanoDuration.INFINITE_NANOS ? NanoTime.INVALID_NANOS + 1 : plus(nanos, -length);
    }

    @Override
    public void subtract(long amount, TimeUnit unit) {
        nanos = plus(nanos, -requireUnit(unit).toNanos(amount));
    }

    private static TimeUnit requireUnit(TimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null");
        }
        return unit;
    }

    /**
     * Saturating addition: moving by the infinite duration or past the range ends at the latest
     * (or earliest valid) time instead of wrapping around.
     */
    private static long plus(long time, long delta) {
        if (delta == NanoDuration.INFINITE_NANOS) {
            return Long.MAX_VALUE;
        }
        long sum = time + delta;
        if (((time ^ sum) & (delta ^ sum)) < 0) {
            return delta > 0 ? Long.MAX_VALUE : NanoTime.INVALID_NANOS + 1;
        }
        return sum == NanoTime.INVALID_NANOS ? sum + 1 : sum;
    }

    @Override
    public long getTime(TimeUnit inUnit) {
        return inUnit.convert(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public long getRemainder(TimeUnit primaryUnit, TimeUnit remainderUnit) {
        return NanoTime.remainder(nanos, primaryUnit, remainderUnit);
    }

    @Override
    public boolean isValid() {
        return nanos != NanoTime.INVALID_NANOS;
    }

    @Override
    public ModifiableTime modifiableCopy() {
        return new ModifiableNanoTime(environment, nanos);
    }

    @Override
    public int compareTo(Time other) {
        return Long.compare(nanos, NanoTime.nanosOf(other));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Time t && nanos == NanoTime.nanosOf(t);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    @Override
    public String toString() {
        return NanoTime.describe(nanos);
    }
}
