package io.sirocco.dcps.core;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.ModifiableTime;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.Time;

/**
 * An immutable {@link Time}: nanoseconds since the Unix epoch, with {@link #INVALID_NANOS}
 * standing for DDS's TIME_INVALID.
 */
public final class NanoTime extends Time {
    private static final long serialVersionUID = 1L;
    /** The nanosecond count that means "invalid time". */
    public static final long INVALID_NANOS = Long.MIN_VALUE;

    private final transient ServiceEnvironment environment;
    private final long nanos;

    public NanoTime(ServiceEnvironment environment, long nanos) {
        this.environment = environment;
        this.nanos = nanos;
    }

    /** The nanoseconds since the epoch of any {@link Time}, {@link #INVALID_NANOS} when invalid. */
    public static long nanosOf(Time time) {
        if (time == null) {
            throw new IllegalArgumentException("time must not be null");
        }
        if (time instanceof NanoTime t) {
            return t.nanos;
        }
        if (time instanceof ModifiableNanoTime t) {
            return t.nanos();
        }
        return time.isValid() ? time.getTime(TimeUnit.NANOSECONDS) : INVALID_NANOS;
    }

    public long nanos() {
        return nanos;
    }

    @Override
    public long getTime(TimeUnit inUnit) {
        return inUnit.convert(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public long getRemainder(TimeUnit primaryUnit, TimeUnit remainderUnit) {
        return remainder(nanos, primaryUnit, remainderUnit);
    }

    static long remainder(long nanos, TimeUnit primaryUnit, TimeUnit remainderUnit) {
        return remainderUnit.convert(Math.floorMod(nanos, primaryUnit.toNanos(1)), TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean isValid() {
        return nanos != INVALID_NANOS;
    }

    @Override
    public ModifiableTime modifiableCopy() {
        return new ModifiableNanoTime(environment, nanos);
    }

    @Override
    public int compareTo(Time other) {
        return Long.compare(nanos, nanosOf(other));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Time t && nanos == nanosOf(t);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    @Override
    public String toString() {
        return describe(nanos);
    }

    static String describe(long nanos) {
        if (nanos == INVALID_NANOS) {
            return "Time[invalid]";
        }
        return "Time[" + java.time.Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L),
                Math.floorMod(nanos, 1_000_000_000L)) + "]";
    }
}
