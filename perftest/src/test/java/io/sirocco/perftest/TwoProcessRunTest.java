package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The main command as the README runs it: a latency test and a throughput test, each between a
 * publisher and a subscriber in JVMs of their own, over unicast loopback (the default without
 * -nic/-peer/-multicast). Checks that both summaries appear with plausible values; never timing.
 */
class TwoProcessRunTest {

    @Test
    @Timeout(value = 150, unit = TimeUnit.SECONDS)
    void bothSummariesAppearWithPlausibleValues() {
        // A domain of its own, so that runs in parallel on one machine do not meet.
        String domain = Integer.toString(2 + ThreadLocalRandom.current().nextInt(230));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"-executionTime", "2", "-domain", domain, "-cpu", "-dataLen", "256"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String results = out.toString(StandardCharsets.UTF_8);
        String progress = err.toString(StandardCharsets.UTF_8);
        String both = "\nstandard output:\n" + results + "\nstandard error:\n" + progress;
        assertEquals(0, status, both);
        assertTrue(progress.contains("on domain " + domain), both);
        assertTrue(progress.contains("on loopback"), both);

        // The latency test prints the publisher's latency summary, then its subscriber's throughput
        // summary; the throughput test the subscriber's throughput summary, then its publisher's
        // latency summary (if one of its occasional pings came back).
        List<double[]> latency = rowsAfter(results, CsvResultWriter.LATENCY_SUMMARY_HEADER + ", CPU (%)");
        List<double[]> throughput = rowsAfter(results, CsvResultWriter.THROUGHPUT_SUMMARY_HEADER + ", CPU (%)");
        assertTrue(latency.size() >= 1 && latency.size() <= 2, both);
        assertEquals(2, throughput.size(), both);
        for (double[] row : latency) {
            assertEquals(256, row[0], both);
            double ave = row[1], min = row[3], max = row[4], p50 = row[5], p999999 = row[9];
            assertTrue(min > 0 && min <= p50 && p50 <= p999999 && p999999 <= max && min <= ave && ave <= max, both);
            assertTrue(row[10] >= 0, both);
        }
        for (double[] row : throughput) {
            assertEquals(256, row[0], both);
            double samples = row[1], perSecond = row[2], mbps = row[3], lost = row[4], lostPercent = row[5];
            assertTrue(samples > 0 && perSecond > 0 && mbps > 0, both);
            assertTrue(lost >= 0 && lostPercent >= 0 && lostPercent <= 100, both);
            assertTrue(row[6] >= 0, both);
        }
    }

    /** The values of the line after each occurrence of {@code header}. */
    private static List<double[]> rowsAfter(String text, String header) {
        List<double[]> rows = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).equals(header)) {
                String[] cells = lines.get(i + 1).split(",");
                double[] row = new double[cells.length];
                for (int c = 0; c < cells.length; c++) {
                    row[c] = Double.parseDouble(cells[c].strip());
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
