package io.sirocco.dcps.core;

import java.util.concurrent.TimeUnit;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;

/**
 * An immutable {@link Duration} held as a count of nanoseconds, with {@link Long#MAX_VALUE} standing
 * for the infinite duration. Arithmetic saturates at infinity, as DDS durations do: anything plus
 * infinity is infinite, and results beyond about 292 years become infinite.
 */
public final class NanoDuration extends Duration {
    private static final long serialVersionUID = 1L;
    /** The nanosecond count that means "infinite". */
    public static final long INFINITE_NANOS = Long.MAX_VALUE;

    private final transient ServiceEnvironment environment;
    private final long nanos;

    public NanoDuration(ServiceEnvironment environment, long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + nanos + " ns");
        }
        this.environment = environment;
        this.nanos = nanos;
    }

    /** A duration of {@code amount} {@code unit}s, infinite when it does not fit in nanoseconds. */
    public static NanoDuration of(ServiceEnvironment environment, long amount, TimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null");
        }
        if (amount < 0) {
            throw new IllegalArgumentException("duration must not be negative: " + amount + " " + unit);
        }
        return new NanoDuration(environment, unit.toNanos(amount));
    }

    /** The nanoseconds of any {@link Duration}, {@link #INFINITE_NANOS} when infinite. */
    public static long nanosOf(Duration duration) {
        if (duration == null) {
            throw new IllegalArgumentException("duration must not be null");
        }
        if (duration instanceof NanoDuration d) {
            return d.nanos;
        }
        return duration.isInfinite() ? INFINITE_NANOS : duration.getDuration(TimeUnit.NANOSECONDS);
    }

    /** Like {@link #nanosOf(Duration)}, naming the API argument when it is {@code null}. */
    public static long nanosOf(Duration duration, String argumentName) {
        if (duration == null) {
            throw new IllegalArgumentException(argumentName + " must not be null");
        }
        return nanosOf(duration);
    }

    /** This duration in nanoseconds, {@link #INFINITE_NANOS} when infinite. */
    public long nanos() {
        return nanos;
    }

    @Override
    public long getDuration(TimeUnit inUnit) {
        return isInfinite() ? Long.MAX_VALUE : inUnit.convert(nanos, TimeUnit.NANOSECONDS);
    }

    /** What is left after the whole {@code primaryUnit}s, in {@code remainderUnit}s; 0 when infinite. */
    @Override
    public long getRemainder(TimeUnit primaryUnit, TimeUnit remainderUnit) {
        if (isInfinite()) {
            return 0;
        }
        long primaryNanos = primaryUnit.toNanos(1);
        return remainderUnit.convert(nanos % primaryNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public boolean isZero() {
        return nanos == 0;
    }

    @Override
    public boolean isInfinite() {
        return nanos == INFINITE_NANOS;
    }

    @Override
    public Duration add(Duration duration) {
        return new NanoDuration(environment, saturatedAdd(nanos, nanosOf(duration)));
    }

    @Override
    public Duration add(long amount, TimeUnit unit) {
        return add(of(environment, amount, unit));
    }

    @Override
    public Duration subtract(Duration duration) {
        long other = nanosOf(duration);
        if (isInfinite()) {
            return this;
        }
        if (other > nanos) {
            throw new IllegalArgumentException("cannot subtract " + duration + " from " + this
                    + ": durations are not negative");
        }
        return new NanoDuration(environment, nanos - other);
    }

    @Override
    public Duration subtract(long amount, TimeUnit unit) {
        return subtract(of(environment, amount, unit));
    }

    static long saturatedAdd(long a, long b) {
        if (a == INFINITE_NANOS || b == INFINITE_NANOS) {
            return INFINITE_NANOS;
        }
        long sum = a + b;
        return sum < 0 ? INFINITE_NANOS : sum;
    }

    @Override
    public int compareTo(Duration other) {
        return Long.compare(nanos, nanosOf(other));
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Duration d && nanos == nanosOf(d);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(nanos);
    }

    @Override
    public String toString() {
        if (isInfinite()) {
            return "Duration[infinite]";
        }
        return "Duration[" + nanos / 1_000_000_000L + "." + String.format("%09d", nanos % 1_000_000_000L) + " s]";
    }
}
