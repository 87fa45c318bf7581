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
 * {@code -outputFormat json}: one JSON document per process, written as results come (each
 * interval on its own line) and complete once {@link #close} has run:
 *
 * <pre>
 * {"perftest": {
 *   "latency": {
 *     "intervals": [
 *       {"length": 100, "latency_us": 12.3, "ave_us": 12.1, "std_us": 0.4, "min_us": 11.0, "max_us": 30.2},
 *       ...],
 *     "summary": {"length": 100, "ave_us": ..., "p50_us": ..., "p99_9999_us": ...}},
 *   "throughput": {
 *     "intervals": [{"length": 100, "total_samples": ..., "samples_per_s": ..., "avg_samples_per_s": ...,
 *                    "mbps": ..., "avg_mbps": ..., "lost_samples": ..., "lost_samples_percent": ...}, ...],
 *     "summary": {"length": 100, "total_samples": ..., "avg_samples_per_s": ..., "avg_mbps": ...,
 *                 "lost_samples": ..., "lost_samples_percent": ...}}}}
 * </pre>
 *
 * A process has the sections it measured (publishers latency, subscribers throughput); {@code -cpu}
 * adds {@code "cpu_percent"} to every object.
 */
public final class JsonResultWriter implements ResultWriter {
    private final PrintStream out;
    private final boolean cpu;
    private boolean started;
    private String section;
    private boolean intervalsOpen;
    private boolean anySection;
    private boolean closed;

    public JsonResultWriter(PrintStream out, boolean cpu) {
        this.out = out;
        this.cpu = cpu;
    }

    @Override
    public synchronized void latencyInterval(LatencyInterval r) {
        interval("latency", "{\"length\": " + r.length() + ", \"latency_us\": " + one(r.latencyUs()) + ", \"ave_us\": "
                + one(r.aveUs()) + ", \"std_us\": " + one(r.stdUs()) + ", \"min_us\": " + one(r.minUs())
                + ", \"max_us\": " + one(r.maxUs()) + cpu(r.cpuPercent()) + "}");
    }

    @Override
    public synchronized void latencySummary(LatencySummary r) {
        summary("latency", "{\"length\": " + r.length() + ", \"ave_us\": " + one(r.aveUs()) + ", \"std_us\": "
                + one(r.stdUs()) + ", \"min_us\": " + one(r.minUs()) + ", \"max_us\": " + one(r.maxUs())
                + ", \"p50_us\": " + one(r.p50Us()) + ", \"p90_us\": " + one(r.p90Us()) + ", \"p99_us\": "
                + one(r.p99Us()) + ", \"p99_99_us\": " + one(r.p9999Us()) + ", \"p99_9999_us\": " + one(r.p999999Us())
                + cpu(r.cpuPercent()) + "}");
    }

    @Override
    public synchronized void throughputInterval(ThroughputInterval r) {
        interval("throughput", "{\"length\": " + r.length() + ", \"total_samples\": " + r.totalSamples()
                + ", \"samples_per_s\": " + whole(r.samplesPerSecond()) + ", \"avg_samples_per_s\": "
                + whole(r.avgSamplesPerSecond()) + ", \"mbps\": " + one(r.mbps()) + ", \"avg_mbps\": " + one(r.avgMbps())
                + ", \"lost_samples\": " + r.lostSamples() + ", \"lost_samples_percent\": " + two(r.lostPercent())
                + cpu(r.cpuPercent()) + "}");
    }

    @Override
    public synchronized void throughputSummary(ThroughputSummary r) {
        summary("throughput", "{\"length\": " + r.length() + ", \"total_samples\": " + r.totalSamples()
                + ", \"avg_samples_per_s\": " + whole(r.avgSamplesPerSecond()) + ", \"avg_mbps\": " + one(r.avgMbps())
                + ", \"lost_samples\": " + r.lostSamples() + ", \"lost_samples_percent\": " + two(r.lostPercent())
                + cpu(r.cpuPercent()) + "}");
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        start();
        endSection();
        out.println("}}");
        out.flush();
    }

    private void interval(String name, String object) {
        enter(name);
        if (intervalsOpen) {
            out.print(",\n      ");
        } else {
            out.print("    \"intervals\": [\n      ");
            intervalsOpen = true;
        }
        out.print(object);
        out.flush();
    }

    private void summary(String name, String object) {
        enter(name);
        if (intervalsOpen) {
            out.print("],\n");
            intervalsOpen = false;
        } else {
            out.print("    \"intervals\": [],\n");
        }
        out.print("    \"summary\": " + object);
        out.flush();
        section = name + " (done)";
    }

    /** Opens section {@code name} unless it is the open one. */
    private void enter(String name) {
        start();
        if (name.equals(section)) {
            return;
        }
        endSection();
        out.print(anySection ? ",\n" : "");
        out.print("  \"" + name + "\": {\n");
        section = name;
        anySection = true;
    }

    private void endSection() {
        if (section == null) {
            return;
        }
        if (intervalsOpen) {
            out.print("],\n    \"summary\": null");
            intervalsOpen = false;
        }
        out.print("}");
        section = null;
    }

    private void start() {
        if (!started) {
            out.print("{\"perftest\": {\n");
            started = true;
        }
    }

    private String cpu(double percent) {
        return cpu ? ", \"cpu_percent\": " + one(percent) : "";
    }
}
