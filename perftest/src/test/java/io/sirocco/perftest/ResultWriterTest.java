package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.perftest.Results.LatencyInterval;
import io.sirocco.perftest.Results.LatencySummary;
import io.sirocco.perftest.Results.ThroughputInterval;
import io.sirocco.perftest.Results.ThroughputSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Golden output of the three formats: the headers are RTI Perftest's, to the character. */
class ResultWriterTest {
    // The headers, spelled out here rather than taken from the writer's constants.
    private static final String LATENCY_INTERVAL = "Length (Bytes), Latency (us), Ave (us), Std (us), Min (us), Max (us)";
    private static final String LATENCY_SUMMARY = "Sample Size (Bytes), Ave (us), Std (us), Min (us), Max (us), "
            + "50% (us), 90% (us), 99% (us), 99.99% (us), 99.9999% (us)";
    private static final String THROUGHPUT_INTERVAL = "Length (Bytes), Total Samples, Samples/s, Avg Samples/s, "
            + "Mbps, Avg Mbps, Lost Samples, Lost Samples (%)";
    private static final String THROUGHPUT_SUMMARY = "Sample Size (Bytes), Total Samples, Avg Samples/s, Avg Mbps, "
            + "Lost Samples, Lost Samples (%)";

    private static final double NO_CPU = Double.NaN;

    /** Two intervals and a summary of each kind, in the order a run prints them. */
    private static String write(Function<PrintStream, ResultWriter> format, double cpu) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultWriter w = format.apply(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        w.latencyInterval(new LatencyInterval(100, 12.34, 12.5, 0.71, 10.0, 31.25, cpu));
        w.latencyInterval(new LatencyInterval(100, 11.0, 12.25, 0.8, 9.5, 40.0, cpu));
        w.latencySummary(new LatencySummary(100, 12.25, 0.8, 9.5, 40.0, 12.0, 13.5, 20.0, 39.0, 40.0, cpu));
        w.throughputInterval(new ThroughputInterval(1024, 250000, 250000.4, 250000.4, 2048.0, 2048.0, 0, 0.0, cpu));
        w.throughputInterval(new ThroughputInterval(1024, 490000, 240000, 245000, 1966.08, 2007.04, 3, 0.000612, cpu));
        w.throughputSummary(new ThroughputSummary(1024, 490000, 244999.5, 2007.04, 3, 0.000612, cpu));
        w.close();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvWithHeaders() {
        assertEquals(LATENCY_INTERVAL + "\n"
                + "           100,         12.3,     12.5,      0.7,     10.0,     31.3\n"
                + "           100,         11.0,     12.3,      0.8,      9.5,     40.0\n"
                + "\n"
                + LATENCY_SUMMARY + "\n"
                + "                100,     12.3,      0.8,      9.5,     40.0,     12.0,     13.5,     20.0,"
                + "        39.0,          40.0\n"
                + THROUGHPUT_INTERVAL + "\n"
                + "          1024,        250000,    250000,        250000, 2048.0,   2048.0,            0,"
                + "             0.00\n"
                + "          1024,        490000,    240000,        245000, 1966.1,   2007.0,            3,"
                + "             0.00\n"
                + "\n"
                + THROUGHPUT_SUMMARY + "\n"
                + "               1024,        490000,        245000,   2007.0,            3,             0.00\n",
                write(out -> new CsvResultWriter(out, true, false), NO_CPU));
    }

    @Test
    void csvWithCpuAddsTheColumnToEveryHeaderAndRow() {
        String text = write(out -> new CsvResultWriter(out, true, true), 42.25);
        String[] lines = text.split("\n");
        assertEquals(LATENCY_INTERVAL + ", CPU (%)", lines[0]);
        assertEquals("           100,         12.3,     12.5,      0.7,     10.0,     31.3,    42.3", lines[1]);
        assertEquals(LATENCY_SUMMARY + ", CPU (%)", lines[4]);
        assertEquals(THROUGHPUT_INTERVAL + ", CPU (%)", lines[6]);
        assertEquals(THROUGHPUT_SUMMARY + ", CPU (%)", lines[10]);
        assertEquals("               1024,        490000,        245000,   2007.0,            3,             0.00,"
                + "    42.3", lines[11]);
    }

    @Test
    void csvWithoutHeadersIsValuesOnly() {
        assertEquals("           100,         12.3,     12.5,      0.7,     10.0,     31.3,    42.3\n"
                + "           100,         11.0,     12.3,      0.8,      9.5,     40.0,    42.3\n"
                + "                100,     12.3,      0.8,      9.5,     40.0,     12.0,     13.5,     20.0,"
                + "        39.0,          40.0,    42.3\n"
                + "          1024,        250000,    250000,        250000, 2048.0,   2048.0,            0,"
                + "             0.00,    42.3\n"
                + "          1024,        490000,    240000,        245000, 1966.1,   2007.0,            3,"
                + "             0.00,    42.3\n"
                + "               1024,        490000,        245000,   2007.0,            3,             0.00,"
                + "    42.3\n",
                write(out -> new CsvResultWriter(out, false, true), 42.25));
    }

    @Test
    void json() {
        assertEquals("{\"perftest\": {\n"
                + "  \"latency\": {\n"
                + "    \"intervals\": [\n"
                + "      {\"length\": 100, \"latency_us\": 12.3, \"ave_us\": 12.5, \"std_us\": 0.7, \"min_us\": 10.0,"
                + " \"max_us\": 31.3},\n"
                + "      {\"length\": 100, \"latency_us\": 11.0, \"ave_us\": 12.3, \"std_us\": 0.8, \"min_us\": 9.5,"
                + " \"max_us\": 40.0}],\n"
                + "    \"summary\": {\"length\": 100, \"ave_us\": 12.3, \"std_us\": 0.8, \"min_us\": 9.5, \"max_us\": 40.0,"
                + " \"p50_us\": 12.0, \"p90_us\": 13.5, \"p99_us\": 20.0, \"p99_99_us\": 39.0, \"p99_9999_us\": 40.0}},\n"
                + "  \"throughput\": {\n"
                + "    \"intervals\": [\n"
                + "      {\"length\": 1024, \"total_samples\": 250000, \"samples_per_s\": 250000,"
                + " \"avg_samples_per_s\": 250000, \"mbps\": 2048.0, \"avg_mbps\": 2048.0, \"lost_samples\": 0,"
                + " \"lost_samples_percent\": 0.00},\n"
                + "      {\"length\": 1024, \"total_samples\": 490000, \"samples_per_s\": 240000,"
                + " \"avg_samples_per_s\": 245000, \"mbps\": 1966.1, \"avg_mbps\": 2007.0, \"lost_samples\": 3,"
                + " \"lost_samples_percent\": 0.00}],\n"
                + "    \"summary\": {\"length\": 1024, \"total_samples\": 490000, \"avg_samples_per_s\": 245000,"
                + " \"avg_mbps\": 2007.0, \"lost_samples\": 3, \"lost_samples_percent\": 0.00}}}}\n",
                write(out -> new JsonResultWriter(out, false), NO_CPU));
    }

    @Test
    void jsonWithCpuAndWithoutResults() {
        String text = write(out -> new JsonResultWriter(out, true), 42.25);
        // every interval and summary object: 2 + 1 latency, 2 + 1 throughput
        assertEquals(6, text.lines().mapToInt(l -> l.split("\"cpu_percent\": 42\\.3}", -1).length - 1).sum());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonResultWriter empty = new JsonResultWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        empty.close();
        empty.close();
        assertEquals("{\"perftest\": {\n}}\n", bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
        JsonResultWriter intervalsOnly = new JsonResultWriter(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                false);
        intervalsOnly.throughputInterval(new ThroughputInterval(28, 1, 1, 1, 0, 0, 0, 0, NO_CPU));
        intervalsOnly.close();
        assertEquals("{\"perftest\": {\n  \"throughput\": {\n    \"intervals\": [\n      {\"length\": 28,"
                + " \"total_samples\": 1, \"samples_per_s\": 1, \"avg_samples_per_s\": 1, \"mbps\": 0.0,"
                + " \"avg_mbps\": 0.0, \"lost_samples\": 0, \"lost_samples_percent\": 0.00}],\n"
                + "    \"summary\": null}}}\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void legacy() {
        assertEquals("Latency    Length      100  One-way      12.3 us  Ave      12.5 us  Std      0.7 us"
                + "  Min      10.0 us  Max      31.3 us\n"
                + "Latency    Length      100  One-way      11.0 us  Ave      12.3 us  Std      0.8 us"
                + "  Min       9.5 us  Max      40.0 us\n"
                + "Latency summary    Length      100  Ave      12.3 us  Std      0.8 us  Min       9.5 us"
                + "  Max      40.0 us  50%      12.0 us  90%      13.5 us  99%      20.0 us  99.99%      39.0 us"
                + "  99.9999%      40.0 us\n"
                + "Throughput Length     1024  Samples       250000  Samples/s     250000  Ave     250000"
                + "  Mbps    2048.0  Ave    2048.0  Lost          0 (0.00%)\n"
                + "Throughput Length     1024  Samples       490000  Samples/s     240000  Ave     245000"
                + "  Mbps    1966.1  Ave    2007.0  Lost          3 (0.00%)\n"
                + "Throughput summary Length     1024  Samples       490000  Ave Samples/s     245000"
                + "  Ave Mbps    2007.0  Lost          3 (0.00%)\n",
                write(out -> new LegacyResultWriter(out, false), NO_CPU));
    }

    @Test
    void legacyWithCpu() {
        String text = write(out -> new LegacyResultWriter(out, true), 42.25);
        for (String line : text.split("\n")) {
            assertEquals(true, line.endsWith("  CPU   42.3 %"), line);
        }
    }
}
