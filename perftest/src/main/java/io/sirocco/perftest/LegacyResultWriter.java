package io.sirocco.perftest;

import static io.sirocco.perftest.Numbers.one;
import static io.sirocco.perftest.Numbers.two;
import static io.sirocco.perftest.Numbers.whole;

import io.sirocco.perftest.Results.LatencyInterval;
import io.sirocco.perftest.Results.LatencySummary;
import io.sirocco.perftest.Results.ThroughputInterval;
import io.sirocco.perftest.Results.ThroughputSummary;
import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code -outputFormat legacy}: one self-describing line per result, {@code label value unit} pairs
 * in fixed-width fields, as PerfTest printed before it had CSV. No header lines.
 */
public final class LegacyResultWriter implements ResultWriter {
    private final PrintStream out;
    private final boolean cpu;

    public LegacyResultWriter(PrintStream out, boolean cpu) {
        this.out = out;
        this.cpu = cpu;
    }

    @Override
    public synchronized void latencyInterval(LatencyInterval r) {
        line(String.format(Locale.ROOT, "Latency    Length %8d  One-way %9s us  Ave %9s us  Std %8s us  Min %9s us  Max %9s us",
                r.length(), one(r.latencyUs()), one(r.aveUs()), one(r.stdUs()), one(r.minUs()), one(r.maxUs())),
                r.cpuPercent());
    }

    @Override
    public synchronized void latencySummary(LatencySummary r) {
        line(String.format(Locale.ROOT, "Latency summary    Length %8d  Ave %9s us  Std %8s us  Min %9s us  Max %9s us"
                + "  50%% %9s us  90%% %9s us  99%% %9s us  99.99%% %9s us  99.9999%% %9s us",
                r.length(), one(r.aveUs()), one(r.stdUs()), one(r.minUs()), one(r.maxUs()), one(r.p50Us()),
                one(r.p90Us()), one(r.p99Us()), one(r.p9999Us()), one(r.p999999Us())), r.cpuPercent());
    }

    @Override
    public synchronized void throughputInterval(ThroughputInterval r) {
        line(String.format(Locale.ROOT, "Throughput Length %8d  Samples %12d  Samples/s %10s  Ave %10s  Mbps %9s"
                + "  Ave %9s  Lost %10d (%s%%)", r.length(), r.totalSamples(), whole(r.samplesPerSecond()),
                whole(r.avgSamplesPerSecond()), one(r.mbps()), one(r.avgMbps()), r.lostSamples(),
                two(r.lostPercent())), r.cpuPercent());
    }

    @Override
    public synchronized void throughputSummary(ThroughputSummary r) {
        line(String.format(Locale.ROOT, "Throughput summary Length %8d  Samples %12d  Ave Samples/s %10s  Ave Mbps %9s"
                + "  Lost %10d (%s%%)", r.length(), r.totalSamples(), whole(r.avgSamplesPerSecond()), one(r.avgMbps()),
                r.lostSamples(), two(r.lostPercent())), r.cpuPercent());
    }

    @Override
    public synchronized void close() {
        out.flush();
    }

    private void line(String text, double cpuPercent) {
        out.println(cpu ? text + String.format(Locale.ROOT, "  CPU %6s %%", one(cpuPercent)) : text);
        out.flush();
    }
}
