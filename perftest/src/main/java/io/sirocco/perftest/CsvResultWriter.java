package io.sirocco.perftest;

import static io.sirocco.perftest.Numbers.one;
import static io.sirocco.perftest.Numbers.two;
import static io.sirocco.perftest.Numbers.whole;

import io.sirocco.perftest.Results.LatencyInterval;
import io.sirocco.perftest.Results.LatencySummary;
import io.sirocco.perftest.Results.ThroughputInterval;
import io.sirocco.perftest.Results.ThroughputSummary;
import java.io.PrintStream;

/**
 * {@code -outputFormat csv} (the default): a header line before the first interval and before each
 * summary (unless {@code -noOutputHeaders}), then comma-separated values, each right-aligned under
 * its header so that the columns line up in a terminal. The headers are PerfTest's.
 */
public final class CsvResultWriter implements ResultWriter {
    public static final String LATENCY_INTERVAL_HEADER =
            "Length (Bytes), Latency (us), Ave (us), Std (us), Min (us), Max (us)";
    public static final String LATENCY_SUMMARY_HEADER = "Sample Size (Bytes), Ave (us), Std (us), Min (us), Max (us), "
            + "50% (us), 90% (us), 99% (us), 99.99% (us), 99.9999% (us)";
    public static final String THROUGHPUT_INTERVAL_HEADER = "Length (Bytes), Total Samples, Samples/s, "
            + "Avg Samples/s, Mbps, Avg Mbps, Lost Samples, Lost Samples (%)";
    public static final String THROUGHPUT_SUMMARY_HEADER =
            "Sample Size (Bytes), Total Samples, Avg Samples/s, Avg Mbps, Lost Samples, Lost Samples (%)";
    /** Appended to every header with {@code -cpu}. */
    public static final String CPU_COLUMN = ", CPU (%)";

    private final PrintStream out;
    private final boolean headers;
    private final boolean cpu;
    private boolean latencyIntervalHeaderDone;
    private boolean throughputIntervalHeaderDone;

    public CsvResultWriter(PrintStream out, boolean headers, boolean cpu) {
        this.out = out;
        this.headers = headers;
        this.cpu = cpu;
    }

    @Override
    public synchronized void latencyInterval(LatencyInterval r) {
        if (!latencyIntervalHeaderDone) {
            header(LATENCY_INTERVAL_HEADER, false);
            latencyIntervalHeaderDone = true;
        }
        row(LATENCY_INTERVAL_HEADER, r.cpuPercent(), Integer.toString(r.length()), one(r.latencyUs()), one(r.aveUs()),
                one(r.stdUs()), one(r.minUs()), one(r.maxUs()));
    }

    @Override
    public synchronized void latencySummary(LatencySummary r) {
        header(LATENCY_SUMMARY_HEADER, true);
        row(LATENCY_SUMMARY_HEADER, r.cpuPercent(), Integer.toString(r.length()), one(r.aveUs()), one(r.stdUs()),
                one(r.minUs()), one(r.maxUs()), one(r.p50Us()), one(r.p90Us()), one(r.p99Us()), one(r.p9999Us()),
                one(r.p999999Us()));
        out.flush();
    }

    @Override
    public synchronized void throughputInterval(ThroughputInterval r) {
        if (!throughputIntervalHeaderDone) {
            header(THROUGHPUT_INTERVAL_HEADER, false);
            throughputIntervalHeaderDone = true;
        }
        row(THROUGHPUT_INTERVAL_HEADER, r.cpuPercent(), Integer.toString(r.length()), Long.toString(r.totalSamples()),
                whole(r.samplesPerSecond()), whole(r.avgSamplesPerSecond()), one(r.mbps()), one(r.avgMbps()),
                Long.toString(r.lostSamples()), two(r.lostPercent()));
    }

    @Override
    public synchronized void throughputSummary(ThroughputSummary r) {
        header(THROUGHPUT_SUMMARY_HEADER, true);
        row(THROUGHPUT_SUMMARY_HEADER, r.cpuPercent(), Integer.toString(r.length()), Long.toString(r.totalSamples()),
                whole(r.avgSamplesPerSecond()), one(r.avgMbps()), Long.toString(r.lostSamples()),
                two(r.lostPercent()));
        out.flush();
    }

    @Override
    public synchronized void close() {
        out.flush();
    }

    /** A header line; a summary's comes after a blank line, which sets it off from the intervals. */
    private void header(String header, boolean summary) {
        if (headers) {
            if (summary) {
                out.println();
            }
            out.println(cpu ? header + CPU_COLUMN : header);
        }
    }

    /** The values, each padded to the width of its column's header. */
    private void row(String header, double cpuPercent, String... values) {
        String[] columns = (cpu ? header + CPU_COLUMN : header).split(", ");
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < columns.length; i++) {
            String value = i < values.length ? values[i] : one(cpuPercent);
            if (i > 0) {
                line.append(", ");
            }
            line.append(" ".repeat(Math.max(0, columns[i].length() - value.length()))).append(value);
        }
        out.println(line);
        out.flush();
    }
}
