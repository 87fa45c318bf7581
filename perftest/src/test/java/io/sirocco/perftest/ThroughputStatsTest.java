package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.perftest.Results.ThroughputInterval;
import io.sirocco.perftest.Results.ThroughputSummary;
import org.junit.jupiter.api.Test;

class ThroughputStatsTest {
    private static final long MS = 1_000_000;

    @Test
    void ratesRunFromTheFirstSampleToTheLast() {
        ThroughputStats stats = new ThroughputStats(1);
        for (int seq = 0; seq <= 1000; seq++) {
            stats.record(0, seq, 1000, 5_000 * MS + seq * MS); // one 1000 B sample a millisecond
        }
        ThroughputSummary s = stats.summary(Double.NaN);
        assertEquals(1000, s.length());
        assertEquals(1001, s.totalSamples());
        assertEquals(1000.0, s.avgSamplesPerSecond(), 1e-6);
        assertEquals(8.0, s.avgMbps(), 1e-9); // 1000 samples * 8000 bits in 1 s
        assertEquals(0, s.lostSamples());
        assertEquals(0.0, s.lostPercent());
    }

    @Test
    void lostSamplesAreSequenceGapsPerPublisher() {
        ThroughputStats stats = new ThroughputStats(2);
        int[] publisher0 = {0, 1, 2, 5, 6}; // 3 and 4 lost
        int[] publisher1 = {0, 1, 2, 3, 4, 5, 9}; // 6, 7 and 8 lost
        long t = 0;
        for (int seq : publisher0) {
            stats.record(0, seq, 100, t += MS);
        }
        for (int seq : publisher1) {
            stats.record(1, seq, 100, t += MS);
        }
        stats.record(1, 4, 100, t += MS); // late (reordered): not a gap, nothing found again
        assertEquals(13, stats.samples());
        assertEquals(5, stats.lost());
        ThroughputSummary s = stats.summary(Double.NaN);
        assertEquals(5, s.lostSamples());
        assertEquals(100.0 * 5 / 18, s.lostPercent(), 1e-9);
    }

    @Test
    void sequenceNumbersWrapBeforeTheControlValues() {
        int last = Control.INITIALIZE - 1;
        assertTrue(Control.isData(last));
        assertFalse(Control.isData(Control.INITIALIZE));
        assertFalse(Control.isData(Control.FINISH));
        assertEquals(0, Control.next(last));
        // Walk to the end of the range in steps a 32-bit difference can still tell (each step a gap), then wrap.
        ThroughputStats stats = new ThroughputStats(1);
        long t = 0;
        for (int seq : new int[] {0, 0x4000_0000, 0x8000_0000, 0xC000_0000, last}) {
            stats.record(0, seq, 100, t += MS);
        }
        long lost = stats.lost();
        assertEquals(Integer.toUnsignedLong(last) - 4, lost);
        stats.record(0, 0, 100, t += MS);
        stats.record(0, 1, 100, t += MS);
        assertEquals(lost, stats.lost(), "0 follows the last data sequence number");
        stats.record(0, 3, 100, t += MS);
        assertEquals(lost + 1, stats.lost());
    }

    @Test
    void intervalsReportTheSecondJustEndedAndTheAverageSoFar() {
        ThroughputStats stats = new ThroughputStats(1);
        assertNull(stats.takeInterval(0, Double.NaN));
        int seq = 0;
        for (; seq < 100; seq++) {
            stats.record(0, seq, 125, seq * 10 * MS); // 100 a second
        }
        ThroughputInterval first = stats.takeInterval(1000 * MS, 7.0);
        assertEquals(100, first.totalSamples());
        assertEquals(100.0, first.samplesPerSecond(), 1e-9);
        assertEquals(0.1, first.mbps(), 1e-12);
        assertEquals(7.0, first.cpuPercent());
        for (; seq < 400; seq++) {
            stats.record(0, seq, 125, 1000 * MS + (seq - 100) * MS * 10 / 3); // 300 a second
        }
        ThroughputInterval second = stats.takeInterval(2000 * MS, Double.NaN);
        assertEquals(400, second.totalSamples());
        assertEquals(300.0, second.samplesPerSecond(), 1e-9);
        assertEquals(200.0, second.avgSamplesPerSecond(), 1e-9);
        assertEquals(0.2, second.avgMbps(), 1e-12);
    }

    @Test
    void nothingReceivedIsNoSummary() {
        assertNull(new ThroughputStats(1).summary(Double.NaN));
    }
}
