package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sirocco.perftest.Results.LatencyInterval;
import io.sirocco.perftest.Results.LatencySummary;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {
    private static final long US = 1000;

    /** Records {@code count} round trips whose one-way latency is {@code oneWayUs}. */
    private static void record(LatencyStats stats, int count, long oneWayUs) {
        for (int i = 0; i < count; i++) {
            stats.recordRoundTrip(2 * oneWayUs * US);
        }
    }

    /** Within HdrHistogram's 3 significant digits. */
    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, expected * 1e-3, () -> "expected about " + expected + " but was " + actual);
    }

    @Test
    void theTailPercentilesSeparateOneInTenThousandFromOneInAMillion() {
        // A million one-way latencies: 99.9 % at 10 us, then 950 at 100 us, 49 at 1 ms and one at 10 ms. Ranked,
        // the 99.99 % value (the 999,900th) is 100 us and the 99.9999 % one (the 999,999th) 1 ms; the maximum
        // (the 1,000,000th) is 10 ms.
        LatencyStats stats = new LatencyStats();
        record(stats, 999_000, 10);
        record(stats, 950, 100);
        record(stats, 49, 1000);
        record(stats, 1, 10_000);
        assertEquals(1_000_000, stats.count());
        LatencySummary s = stats.summary(64, Double.NaN);
        assertEquals(64, s.length());
        assertClose(10, s.p50Us());
        assertClose(10, s.p90Us());
        assertClose(10, s.p99Us());
        assertClose(100, s.p9999Us());
        assertClose(1000, s.p999999Us());
        assertEquals(10, s.minUs());
        assertEquals(10_000, s.maxUs());
        double mean = (999_000 * 10.0 + 950 * 100.0 + 49 * 1000.0 + 10_000.0) / 1e6;
        assertEquals(mean, s.aveUs(), 1e-9);
        double variance = (999_000 * sq(10 - mean) + 950 * sq(100 - mean) + 49 * sq(1000 - mean)
                + sq(10_000 - mean)) / 1e6;
        assertEquals(Math.sqrt(variance), s.stdUs(), 1e-6);
        assertEquals(Double.NaN, s.cpuPercent());
    }

    @Test
    void aUniformDistributionHasItsPercentilesWhereExpected() {
        LatencyStats stats = new LatencyStats();
        for (long us = 1; us <= 1_000_000; us++) {
            stats.recordRoundTrip(2 * us * US);
        }
        LatencySummary s = stats.summary(100, 12.5);
        assertClose(500_000, s.p50Us());
        assertClose(900_000, s.p90Us());
        assertClose(990_000, s.p99Us());
        assertClose(999_900, s.p9999Us());
        assertClose(999_999, s.p999999Us());
        assertEquals(1_000_000, s.maxUs());
        assertEquals(12.5, s.cpuPercent());
    }

    @Test
    void aPercentileNeverExceedsTheMaximumSeen() {
        LatencyStats stats = new LatencyStats();
        record(stats, 3, 12_345); // HdrHistogram's bucket for it ends a little above
        LatencySummary s = stats.summary(100, Double.NaN);
        assertEquals(12_345, s.maxUs());
        assertEquals(12_345, s.p999999Us());
        assertEquals(0, s.stdUs());
    }

    @Test
    void latencyIsHalfTheRoundTrip() {
        LatencyStats stats = new LatencyStats();
        stats.recordRoundTrip(30_000);
        stats.recordRoundTrip(10_000);
        LatencyInterval row = stats.takeInterval(28, Double.NaN);
        assertEquals(5.0, row.latencyUs()); // the last one
        assertEquals(10.0, row.aveUs());
        assertEquals(5.0, row.minUs());
        assertEquals(15.0, row.maxUs());
        assertEquals(5.0, row.stdUs());
        assertNull(stats.takeInterval(28, Double.NaN), "no round trip since the last interval");
        stats.recordRoundTrip(20_000);
        assertEquals(10.0, stats.takeInterval(28, Double.NaN).latencyUs());
    }

    @Test
    void nothingRecordedIsNoSummary() {
        assertNull(new LatencyStats().summary(100, Double.NaN));
    }

    private static double sq(double x) {
        return x * x;
    }
}
