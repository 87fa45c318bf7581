package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command's exit statuses and messages; none of these starts a test. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownOptionPrintsTheErrorAndTheUsageLine() {
        assertEquals(2, run("-bogus"));
        assertEquals("perftest: -bogus: unknown option\n" + CommandLineParser.USAGE_LINE + "\n", err());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadValueExitsWithStatus2() {
        assertEquals(2, run("-dataLen", "10"));
        assertTrue(err().startsWith("perftest: -dataLen 10: must be between 28 and"), err());
        assertTrue(err().contains(CommandLineParser.USAGE_LINE));
    }

    @Test
    void rdmaIsNotImplementedYet() {
        assertEquals(1, run("-pub", "-transport", "RDMA"));
        assertTrue(err().startsWith("perftest: -transport RDMA: not implemented yet"), err());
    }

    @Test
    void aBadConsistencyNamesTheOption() {
        assertEquals(2, run("-sub", "-consistency", "strong"));
        assertTrue(err().startsWith("perftest: -consistency"), err());
        assertTrue(err().contains("strong"), err());
    }

    @Test
    void helpListsEveryOptionOfTheIssue() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, run("-h"));
        } finally {
            System.setErr(systemErr);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"-pub", "-sub", "-latencyTest", "-dataLen", "-executionTime", "-numIter",
                "-latencyCount", "-numSubscribers", "-numPublishers", "-sidMultiSubTest", "-pidMultiPubTest",
                "-bestEffort", "-keyed", "-instances", "-batchSize", "-sendQueueSize", "-pubRate", "-sleep", "-domain",
                "-multicast", "-nic", "-peer", "-transport", "-durability", "-qosFile", "-qosLibrary", "-cpu",
                "-noPrintIntervals", "-outputFormat", "-noOutputHeaders", "-consistency", "-help"}) {
            assertTrue(help.contains("  " + option + " ") || help.contains("  " + option + "\n"), option);
        }
        assertTrue(help.startsWith("Usage: ./sirocco [-pub | -sub] [options]\n"), help);
        assertTrue(help.contains("-dataLen <bytes>"), help);
        assertTrue(help.contains("(% of all cores)"), help);
        assertFalse(picocliWarnings.toString(StandardCharsets.UTF_8).contains("WARN"), picocliWarnings::toString);
        assertEquals("", err());
    }
}
