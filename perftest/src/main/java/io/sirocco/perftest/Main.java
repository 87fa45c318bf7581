package io.sirocco.perftest;

import java.io.IOException;
import java.io.PrintStream;

/**
 * The perftest command ({@code ./sirocco}): {@code -pub} or {@code -sub} runs one side of a test, as
 * RTI Perftest does; neither runs both sides in two processes ({@link Demo}). Exit status: 0 done,
 * 1 the test failed or asked for something not implemented yet, 2 bad command line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command; its exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PerftestOptions options;
        try {
            options = CommandLineParser.parse(args);
        } catch (UsageException e) {
            err.println("perftest: " + e.getMessage());
            err.println(CommandLineParser.USAGE_LINE);
            return 2;
        }
        if (options.helpRequested()) {
            out.print(CommandLineParser.help());
            return 0;
        }
        try {
            return switch (options.role()) {
                case BOTH -> new Demo(options, out, err).run();
                case PUBLISHER, SUBSCRIBER -> runSide(options, TestType.of(options), out, err);
            };
        } catch (UsageException e) {
            err.println("perftest: " + e.getMessage());
            err.println(CommandLineParser.USAGE_LINE);
            return 2;
        } catch (UnsupportedFeatureException e) {
            err.println("perftest: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("perftest: cannot start the test processes: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("perftest: interrupted");
            return 1;
        }
    }

    private static <T> int runSide(PerftestOptions options, TestType<T> type, PrintStream out, PrintStream err)
            throws InterruptedException {
        TransportSettings.apply(options);
        ResultWriter results = ResultWriter.of(options, out);
        if (options.role() == Role.PUBLISHER) {
            return new PublisherRole<>(options, type, results, new Progress(err, "pub " + options.publisherId())).run();
        }
        return new SubscriberRole<>(options, type, results, new Progress(err, "sub " + options.subscriberId())).run();
    }
}
