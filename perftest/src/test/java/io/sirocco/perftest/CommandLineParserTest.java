package io.sirocco.perftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineParserTest {

    private static UsageException rejected(String... args) {
        return assertThrows(UsageException.class, () -> CommandLineParser.parse(args));
    }

    @Test
    void defaultsRunBothSidesOfAThroughputTest() {
        PerftestOptions o = CommandLineParser.parse();
        assertEquals(Role.BOTH, o.role());
        assertEquals(100, o.dataLen());
        assertEquals(72, o.payloadLength());
        assertFalse(o.latencyTest());
        assertEquals(10_000, o.effectiveLatencyCount());
        assertEquals(1, o.numSubscribers());
        assertEquals(PerftestOptions.TransportKind.UDPv4, o.transport());
        assertEquals(PerftestOptions.OutputFormat.csv, o.outputFormat());
        assertEquals(PerftestOptions.ConsistencyKind.eventual, o.consistency());
        assertTrue(o.outputHeaders());
        assertTrue(o.printIntervals());
        assertFalse(o.cpu());
        assertNull(o.pubRate());
        assertTrue(o.batching());
    }

    @Test
    void namesAreCaseInsensitive() {
        PerftestOptions o = CommandLineParser.parse("-PUB", "-DATALEN", "64", "-latencytest", "-OutputFormat", "JSON",
                "-transport", "udpv4", "-noOUTPUTheaders");
        assertEquals(Role.PUBLISHER, o.role());
        assertEquals(64, o.dataLen());
        assertTrue(o.latencyTest());
        assertEquals(1, o.effectiveLatencyCount());
        assertFalse(o.batching());
        assertEquals(PerftestOptions.OutputFormat.json, o.outputFormat());
        assertFalse(o.outputHeaders());
    }

    @Test
    void anUnambiguousPrefixStandsForTheOption() {
        PerftestOptions o = CommandLineParser.parse("-sub", "-dataL", "1024", "-latencyT", "-exec", "5", "-numS", "3",
                "-sid", "2", "-best", "-noP", "-pubR", "100");
        assertEquals(Role.SUBSCRIBER, o.role());
        assertEquals(1024, o.dataLen());
        assertTrue(o.latencyTest());
        assertEquals(5, o.executionTime());
        assertEquals(3, o.numSubscribers());
        assertEquals(2, o.subscriberId());
        assertTrue(o.bestEffort());
        assertFalse(o.printIntervals());
        assertEquals(100, o.pubRate().samplesPerSecond());
    }

    @Test
    void anExactNameWinsOverLongerNamesItIsAPrefixOf() {
        PerftestOptions o = CommandLineParser.parse("-pub", "-sleep", "3");
        assertEquals(Role.PUBLISHER, o.role());
        assertNull(o.pubRate());
        assertEquals(3, o.sleepMillis());
    }

    @Test
    void anAmbiguousPrefixIsAnErrorListingTheCandidates() {
        String message = rejected("-lat").getMessage();
        assertTrue(message.startsWith("-lat: ambiguous option"), message);
        assertTrue(message.contains("-latencyTest") && message.contains("-latencyCount"), message);
        message = rejected("-s").getMessage();
        assertTrue(message.contains("-sub") && message.contains("-sleep") && message.contains("-sendQueueSize"),
                message);
    }

    @Test
    void anUnknownOptionIsAnErrorNamingIt() {
        assertEquals("-bogus: unknown option", rejected("-bogus").getMessage());
        assertEquals("--dataLen: unknown option", rejected("--dataLen", "64").getMessage());
        assertTrue(rejected("stray").getMessage().startsWith("stray: unexpected argument"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-dataLen abc        | -dataLen abc",
        "-dataLen 27         | -dataLen 27",
        "-dataLen 0          | -dataLen 0",
        "-dataLen 67108865   | -dataLen 67108865",
        "-numIter x          | -numIter x",
        "-numIter 0          | -numIter 0",
        "-executionTime -1   | -executionTime -1",
        "-latencyCount 0     | -latencyCount 0",
        "-numSubscribers 0   | -numSubscribers 0",
        "-sidMultiSub 1      | -sidMultiSubTest 1",
        "-pidMultiPub 1      | -pidMultiPubTest 1",
        "-instances 4        | -instances 4",
        "-sendQueueSize 0    | -sendQueueSize 0",
        "-sleep -1           | -sleep -1",
        "-domain 233         | -domain 233",
        "-durability 4       | -durability 4",
        "-outputFormat xml   | -outputFormat xml",
        "-transport TCP      | -transport TCP",
        "-consistency strong | -consistency strong",
        "-pubRate 0          | -pubRate 0",
        "-pubRate fast       | -pubRate fast",
        "-pubRate 10:yield   | -pubRate 10:yield",
        "-pubRate 10:        | -pubRate 10:",
        "-pub=yes            | -pub: takes no value",
        "-dataLen            | -dataLen: needs a value",
        "-dataLen -pub       | -dataLen: needs a value",
    })
    void aBadValueIsAnErrorNamingTheOption(String args, String start) {
        String message = rejected(args.split(" ")).getMessage();
        assertTrue(message.startsWith(start), () -> "'" + message + "' should start with '" + start + "'");
    }

    @Test
    void dataLenStartsAtTheFixedPartOfTheType() {
        assertTrue(rejected("-dataLen", "27").getMessage().contains("28"));
        assertEquals(28, CommandLineParser.parse("-dataLen", "28").dataLen());
        assertEquals(0, CommandLineParser.parse("-dataLen", "28").payloadLength());
        assertEquals(65536, CommandLineParser.parse("-dataLen=65536").dataLen());
    }

    @Test
    void pubRateTakesAWaitMode() {
        PubRate spin = CommandLineParser.parse("-pubRate", "1000").pubRate();
        assertEquals(new PubRate(1000, true), spin);
        assertEquals(1_000_000, spin.periodNanos());
        assertEquals(new PubRate(50, true), CommandLineParser.parse("-pubRate", "50:spin").pubRate());
        assertEquals(new PubRate(50, false), CommandLineParser.parse("-pubRate", "50:sleep").pubRate());
        assertEquals(new PubRate(50, false), CommandLineParser.parse("-pubRate", "50:SLEEP").pubRate());
    }

    @Test
    void negativeValuesAndRepeatedOptions() {
        PerftestOptions o = CommandLineParser.parse("-latencyCount", "-1", "-dataLen", "64", "-dataLen", "128",
                "-peer", "10.0.0.1,10.0.0.2", "-peer", "10.0.0.3:7410", "-nic", "eth0");
        assertEquals(10_000, o.effectiveLatencyCount());
        assertEquals(128, o.dataLen());
        assertEquals(java.util.List.of("10.0.0.1", "10.0.0.2", "10.0.0.3:7410"), o.peerList());
    }

    @Test
    void pubAndSubTogetherAreAnError() {
        assertTrue(rejected("-pub", "-sub").getMessage().startsWith("-pub and -sub"));
    }

    @Test
    void theDemoKnowsWhatWasGiven() {
        PerftestOptions o = CommandLineParser.parse("-exec", "3", "-dataLen=64");
        assertTrue(o.given("-executionTime"));
        assertFalse(o.given("-numIter"));
        assertEquals(java.util.List.of("-executionTime", "3", "-dataLen", "64"), o.arguments());
    }

    @Test
    void withoutNetworkOptionsTheTestStaysOnUnicastLoopback() {
        Map<String, String> settings = TransportSettings.of(CommandLineParser.parse("-pub"), name -> false);
        assertEquals("false", settings.get("multicast"));
        assertEquals("lo", settings.get("interfaces"));
        assertEquals("127.0.0.1", settings.get("peers"));
        assertEquals("true", settings.get("batching"));
        assertEquals("false", TransportSettings.of(CommandLineParser.parse("-latencyTest"), n -> false).get("batching"));
        assertEquals("false", TransportSettings.of(CommandLineParser.parse("-batchSize", "1"), n -> false).get("batching"));
    }

    @Test
    void anInterfaceWithoutMulticastNeedsAPeer() {
        assertTrue(assertThrows(UsageException.class, () -> TransportSettings.of(
                CommandLineParser.parse("-nic", "eth0"), name -> false)).getMessage().startsWith("-nic eth0"));
        Map<String, String> settings = TransportSettings.of(
                CommandLineParser.parse("-nic", "eth0", "-peer", "10.0.0.2"), name -> false);
        assertEquals("eth0", settings.get("interfaces"));
        assertEquals("10.0.0.2", settings.get("peers"));
        assertEquals("true", TransportSettings.of(CommandLineParser.parse("-multicast"), n -> false).get("multicast"));
    }
}
