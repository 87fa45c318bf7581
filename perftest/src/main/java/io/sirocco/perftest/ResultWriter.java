package io.sirocco.perftest;

import io.sirocco.perftest.Results.LatencyInterval;
import io.sirocco.perftest.Results.LatencySummary;
import io.sirocco.perftest.Results.ThroughputInterval;
import io.sirocco.perftest.Results.ThroughputSummary;
import java.io.PrintStream;

/**
 * Prints results in one of the {@code -outputFormat}s. Calls come from the reporting thread and, for
 * summaries, the main thread; implementations are synchronized. Results go to standard output and
 * nothing else does, so that the output can be parsed; progress messages go to standard error.
 */
public sealed interface ResultWriter permits CsvResultWriter, LegacyResultWriter, JsonResultWriter {

    /** The writer for the options' format, printing to {@code out}. */
    static ResultWriter of(PerftestOptions options, PrintStream out) {
        return switch (options.outputFormat()) {
            case csv -> new CsvResultWriter(out, options.outputHeaders(), options.cpu());
            case legacy -> new LegacyResultWriter(out, options.cpu());
            case json -> new JsonResultWriter(out, options.cpu());
        };
    }

    void latencyInterval(LatencyInterval row);

    void latencySummary(LatencySummary row);

    void throughputInterval(ThroughputInterval row);

    void throughputSummary(ThroughputSummary row);

    /** Ends the output (JSON closes its document). */
    void close();
}
