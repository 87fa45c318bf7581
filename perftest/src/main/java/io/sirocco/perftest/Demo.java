package io.sirocco.perftest;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The main command without {@code -pub} or {@code -sub}: the PerfTest experience without setup. It
 * runs, on this host, a latency test and then a throughput test, each between a subscriber and a
 * publisher in two processes of their own, and prints what they print. Every option given is passed
 * to both processes; {@code -executionTime} defaults to {@value #DEFAULT_SECONDS} s per test, and
 * {@code -latencyTest} runs the latency test only.
 *
 * <p>Each test has one process whose intervals matter (the latency test's publisher, the throughput
 * test's subscriber): its output is shown as it comes. The other one runs with
 * {@code -noPrintIntervals} and its summary is shown after, so that the blocks do not interleave.
 */
final class Demo {
    static final int DEFAULT_SECONDS = 10;
    /** How long a test may take beyond its execution time (start-up, discovery, warm-up, finish). */
    private static final long GRACE_SECONDS = 60;

    private final PerftestOptions options;
    private final PrintStream out;
    private final PrintStream err;

    Demo(PerftestOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException, InterruptedException {
        TransportSettings.refuseUnimplemented(options);
        List<String> common = new ArrayList<>();
        for (String arg : options.arguments()) {
            if (!arg.equals("-latencyTest")) {
                common.add(arg);
            }
        }
        boolean timed = options.given("-executionTime") || options.given("-numIter");
        if (!timed) {
            common.addAll(List.of("-executionTime", Integer.toString(DEFAULT_SECONDS)));
        }
        long limit = (timed ? Math.max(options.executionTime(), 0) : DEFAULT_SECONDS) + GRACE_SECONDS;
        if (options.given("-numIter") && options.executionTime() == 0) {
            limit = 24 * 3600; // bounded by the sample count, not by time
        }
        say("latency test, then throughput test; publisher and subscriber in two processes on "
                + (options.nic() == null && options.peerList().isEmpty() && !options.multicast() ? "loopback"
                        : "the network given") + " (options go to both; -pub or -sub runs one side)");
        int status = test("latency test", true, common, limit);
        if (status == 0 && !options.latencyTest()) {
            status = test("throughput test", false, common, limit);
        }
        return status;
    }

    private int test(String name, boolean latencyTest, List<String> common, long limitSeconds)
            throws IOException, InterruptedException {
        say(name + ":");
        List<String> sub = new ArrayList<>(common);
        sub.add("-sub");
        List<String> pub = new ArrayList<>(common);
        pub.add("-pub");
        if (latencyTest) {
            pub.add("-latencyTest");
            sub.add("-noPrintIntervals");
        } else {
            pub.add("-noPrintIntervals");
        }
        ChildProcess subscriber = ChildProcess.start(sub, out, err, latencyTest);
        ChildProcess publisher;
        try {
            publisher = ChildProcess.start(pub, out, err, !latencyTest);
        } catch (IOException e) {
            subscriber.kill();
            throw e;
        }
        ChildProcess primary = latencyTest ? publisher : subscriber;
        ChildProcess secondary = latencyTest ? subscriber : publisher;
        int pubStatus = publisher.await(limitSeconds);
        int subStatus = subscriber.await(pubStatus == 0 ? 30 : 5);
        primary.flushHeld(out);
        secondary.flushHeld(out);
        if (pubStatus != 0 || subStatus != 0) {
            say(name + " failed: publisher exit status " + pubStatus + ", subscriber " + subStatus
                    + " (-1: killed after its time limit)");
            return 1;
        }
        return 0;
    }

    private void say(String message) {
        err.println("perftest: " + message);
        err.flush();
    }
}
