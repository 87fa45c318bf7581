package io.sirocco.perftest;

import io.sirocco.perftest.Results.ThroughputInterval;
import io.sirocco.perftest.Results.ThroughputSummary;

/**
 * What a subscriber received: samples and bytes (a sample counts its -dataLen: payload plus the 28
 * bytes of header), and samples lost, found as gaps in each publisher's sequence numbers (which
 * start at 0 after warm-up). Averages run from the first data sample. Recording allocates nothing;
 * it runs on the delivering thread while the reporter reads, hence the lock.
 */
public final class ThroughputStats {
    private final int[] expected;
    private long samples;
    private long bytes;
    private long lost;
    private long firstNanos;
    private long lastNanos;
    private int length;
    private long previousSamples;
    private long previousBytes;
    private long previousNanos;

    /** @param publishers the number of publishers, whose ids run from 0 */
    public ThroughputStats(int publishers) {
        this.expected = new int[publishers];
    }

    /** Counts one data sample of publisher {@code publisher}, received at {@code nowNanos}. */
    public synchronized void record(int publisher, int seq, int sampleLength, long nowNanos) {
        if (samples == 0) {
            firstNanos = nowNanos;
            previousNanos = nowNanos;
        }
        samples++;
        bytes += sampleLength;
        length = sampleLength;
        lastNanos = nowNanos;
        if (publisher >= 0 && publisher < expected.length) {
            int gap = seq - expected[publisher]; // 32-bit arithmetic follows the wrap-around
            if (gap >= 0) {
                lost += gap;
                expected[publisher] = Control.next(seq);
            }
        }
    }

    public synchronized long samples() {
        return samples;
    }

    public synchronized long lost() {
        return lost;
    }

    /** The interval since the previous call, or {@code null} before the first sample. */
    public synchronized ThroughputInterval takeInterval(long nowNanos, double cpuPercent) {
        if (samples == 0) {
            return null;
        }
        double seconds = Math.max(1e-9, (nowNanos - previousNanos) / 1e9);
        double sinceFirst = Math.max(1e-9, (nowNanos - firstNanos) / 1e9);
        ThroughputInterval row = new ThroughputInterval(length, samples, (samples - previousSamples) / seconds,
                samples / sinceFirst, (bytes - previousBytes) * 8 / seconds / 1e6, bytes * 8 / sinceFirst / 1e6, lost,
                lostPercent(), cpuPercent);
        previousSamples = samples;
        previousBytes = bytes;
        previousNanos = nowNanos;
        return row;
    }

    /** Everything received, from the first data sample to the last; {@code null} if none came. */
    public synchronized ThroughputSummary summary(double cpuPercent) {
        if (samples == 0) {
            return null;
        }
        // n samples arriving over (last - first) make n - 1 intervals.
        double seconds = (lastNanos - firstNanos) / 1e9;
        double rate = samples > 1 && seconds > 0 ? (samples - 1) / seconds : 0;
        double mbps = samples > 1 && seconds > 0 ? (bytes - length) * 8 / seconds / 1e6 : 0;
        return new ThroughputSummary(length, samples, rate, mbps, lost, lostPercent(), cpuPercent);
    }

    private double lostPercent() {
        return samples + lost == 0 ? 0 : 100.0 * lost / (samples + lost);
    }
}
