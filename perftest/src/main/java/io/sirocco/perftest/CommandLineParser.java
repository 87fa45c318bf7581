package io.sirocco.perftest;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns arguments into {@link PerftestOptions}: RTI-style names ({@link OptionNames}), picocli for
 * values, then the checks that involve ranges or several options. Every error is a
 * {@link UsageException} whose message starts with the argument at fault.
 */
public final class CommandLineParser {
    /** The one-line reminder printed after an error. */
    public static final String USAGE_LINE = "usage: ./sirocco [-pub | -sub] [options]   (-help lists the options)";

    private CommandLineParser() {
    }

    /** Parses and checks a command line. */
    public static PerftestOptions parse(String... args) {
        PerftestOptions options = new PerftestOptions();
        CommandLine commandLine = commandLine(options);
        List<String> canonical = new OptionNames(commandLine.getCommandSpec()).canonical(List.of(args));
        try {
            commandLine.parseArgs(canonical.toArray(String[]::new));
        } catch (ParameterException e) {
            throw new UsageException(picocliMessage(e));
        }
        options.arguments = List.copyOf(canonical);
        if (!options.helpRequested()) {
            check(options);
        }
        return options;
    }

    /** The full option list, as -help prints it. */
    public static String help() {
        StringWriter text = new StringWriter();
        commandLine(new PerftestOptions()).usage(new PrintWriter(text));
        return text.toString();
    }

    private static CommandLine commandLine(PerftestOptions options) {
        return new CommandLine(options)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(true)
                .setUnmatchedOptionsArePositionalParams(false);
    }

    /** picocli's messages, reworded to start with the argument. */
    private static String picocliMessage(ParameterException e) {
        String message = e.getMessage();
        if (e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            String value = e.getValue();
            String prefix = option.longestName() + (value == null ? "" : " " + value) + ": ";
            if (message.startsWith("Invalid value for option")) {
                int colon = message.indexOf("': ");
                String reason = colon > 0 ? message.substring(colon + 3) : message;
                return prefix + reason;
            }
            return prefix + message;
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return unmatched.getUnmatched().getFirst() + ": unexpected argument (options start with '-', and a value "
                    + "follows its option)";
        }
        return message;
    }

    private static void check(PerftestOptions o) {
        if (o.pub && o.sub) {
            throw new UsageException("-pub and -sub: give one of them (or neither, to run both in two processes)");
        }
        range("-dataLen", o.dataLen, PerftestOptions.MIN_DATA_LEN, PerftestOptions.MAX_DATA_LEN,
                "(28 is the fixed part of TestData_t)");
        if (o.executionTime < 0) {
            throw new UsageException("-executionTime " + o.executionTime + ": must be 0 (none) or more seconds");
        }
        if (o.numIter < 1) {
            throw new UsageException("-numIter " + o.numIter + ": must be at least 1");
        }
        if (o.latencyCount == 0 || o.latencyCount < -1) {
            throw new UsageException("-latencyCount " + o.latencyCount + ": must be at least 1");
        }
        range("-numSubscribers", o.numSubscribers, 1, 1024, "");
        range("-numPublishers", o.numPublishers, 1, 1024, "");
        range("-sidMultiSubTest", o.subscriberId, 0, o.numSubscribers - 1, "(ids run from 0 to -numSubscribers - 1)");
        range("-pidMultiPubTest", o.publisherId, 0, o.numPublishers - 1, "(ids run from 0 to -numPublishers - 1)");
        range("-instances", o.instances, 1, Integer.MAX_VALUE, "");
        if (o.instances > 1 && !o.keyed) {
            throw new UsageException("-instances " + o.instances + ": needs -keyed (TestData_t has a single instance)");
        }
        if (o.batchSize < -1) {
            throw new UsageException("-batchSize " + o.batchSize + ": must be 0 (off) or more bytes");
        }
        range("-sendQueueSize", o.sendQueueSize, 1, 100_000_000, "");
        if (o.sleepMillis < 0) {
            throw new UsageException("-sleep " + o.sleepMillis + ": must be 0 or more milliseconds");
        }
        range("-domain", o.domain, 0, PerftestOptions.MAX_DOMAIN, "(the domains DDSI-RTPS has ports for)");
        range("-durability", o.durability, 0, 3, "(0 volatile, 1 transient local, 2 transient, 3 persistent)");
        if (o.nic != null && o.nic.isBlank()) {
            throw new UsageException("-nic: needs an interface name or address");
        }
    }

    private static void range(String name, long value, long min, long max, String why) {
        if (value < min || value > max) {
            throw new UsageException(name + " " + value + ": must be between " + min + " and " + max
                    + (why.isEmpty() ? "" : " " + why));
        }
    }
}
