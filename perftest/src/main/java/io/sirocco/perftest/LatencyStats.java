package io.sirocco.perftest;

import io.sirocco.perftest.Results.LatencyInterval;
import io.sirocco.perftest.Results.LatencySummary;
import org.HdrHistogram.Histogram;

/**
 * One-way latencies (round trip / 2, in ns) of a test: exact count, mean, standard deviation, minimum
 * and maximum, and an HdrHistogram of every value for the percentiles (3
 * significant digits, so a percentile is within 0.1 % of the true value, also at 99.9999 %; it is
 * clamped to the maximum seen). Recording allocates nothing; it runs on the thread that receives
 * echoes while the reporter reads, hence the lock (uncontended almost always).
 */
public final class LatencyStats {
    /** Larger values are recorded as this (an hour: far beyond any sensible round trip). */
    private static final long HIGHEST_NANOS = 3_600_000_000_000L;

    private final Histogram histogram = new Histogram(1, HIGHEST_NANOS, 3);
    private final Moments total = new Moments();
    private long intervalCount;
    private long last;

    /** Records one round trip, in ns. */
    public synchronized void recordRoundTrip(long roundTripNanos) {
        long oneWay = Math.max(1, Math.min(HIGHEST_NANOS, roundTripNanos / 2));
        histogram.recordValue(oneWay);
        total.add(oneWay);
        intervalCount++;
        last = oneWay;
    }

    /** How many round trips were recorded. */
    public synchronized long count() {
        return total.count;
    }

    /**
     * The line for the interval since the previous call (the last latency, then the statistics so far,
     * as PerfTest prints them), or {@code null} if the interval had no round trip.
     */
    public synchronized LatencyInterval takeInterval(int length, double cpuPercent) {
        if (intervalCount == 0) {
            return null;
        }
        LatencyInterval row = new LatencyInterval(length, micros(last), micros(total.mean()), micros(total.std()),
                micros(total.min), micros(total.max), cpuPercent);
        intervalCount = 0;
        return row;
    }

    /** Everything recorded, or {@code null} if nothing was. */
    public synchronized LatencySummary summary(int length, double cpuPercent) {
        if (total.count == 0) {
            return null;
        }
        return new LatencySummary(length, micros(total.mean()), micros(total.std()), micros(total.min),
                micros(total.max), percentile(50), percentile(90), percentile(99), percentile(99.99),
                percentile(99.9999), cpuPercent);
    }

    private double percentile(double percent) {
        return micros(Math.min(histogram.getValueAtPercentile(percent), total.max));
    }

    private static double micros(double nanos) {
        return nanos / 1000.0;
    }

    /** Count, mean and variance (Welford), minimum and maximum. */
    private static final class Moments {
        long count;
        double mean;
        double m2;
        long min = Long.MAX_VALUE;
        long max;

        void add(long value) {
            count++;
            double delta = value - mean;
            mean += delta / count;
            m2 += delta * (value - mean);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }

        double mean() {
            return mean;
        }

        double std() {
            return count > 1 ? Math.sqrt(m2 / count) : 0;
        }
    }
}
