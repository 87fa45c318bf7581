package io.sirocco.perftest;

/**
 * The four kinds of result line a test prints, in the units of the output (µs, samples/s, Mbps
 * = 10^6 bits/s, %). A CPU figure is {@code NaN} when {@code -cpu} was not given.
 */
public final class Results {
    private Results() {
    }

    /**
     * One second of pings, printed by the publisher.
     *
     * @param latencyUs the last one-way latency (round trip / 2) of the interval
     */
    public record LatencyInterval(int length, double latencyUs, double aveUs, double stdUs, double minUs,
            double maxUs, double cpuPercent) {
    }

    /** All pings of a test, printed by the publisher at the end. */
    public record LatencySummary(int length, double aveUs, double stdUs, double minUs, double maxUs, double p50Us,
            double p90Us, double p99Us, double p9999Us, double p999999Us, double cpuPercent) {
    }

    /** One second of received samples, printed by the subscriber. */
    public record ThroughputInterval(int length, long totalSamples, double samplesPerSecond,
            double avgSamplesPerSecond, double mbps, double avgMbps, long lostSamples, double lostPercent,
            double cpuPercent) {
    }

    /** All samples of a test, printed by the subscriber at the end. */
    public record ThroughputSummary(int length, long totalSamples, double avgSamplesPerSecond, double avgMbps,
            long lostSamples, double lostPercent, double cpuPercent) {
    }
}
