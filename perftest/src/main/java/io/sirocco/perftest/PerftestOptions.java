package io.sirocco.perftest;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line, as RTI Perftest spells it (single dash, camel case; {@link OptionNames} makes
 * names case-insensitive and lets any unambiguous prefix stand for them). Fields hold what the user
 * gave; the derived values a test runs with (latency count, batching, ...) are methods.
 */
@Command(name = "perftest", sortOptions = false, usageHelpWidth = 100, separator = " ",
        customSynopsis = "./sirocco [-pub | -sub] [options]",
        description = "Sirocco's RTI-PerfTest-compatible latency and throughput test. Without -pub or -sub it "
                + "runs a publisher and a subscriber itself: a latency test, then a throughput test.")
public final class PerftestOptions {
    /** The smallest -dataLen: the fixed part of TestData_t (see perftest.idl). */
    public static final int MIN_DATA_LEN = 28;
    /** The largest -dataLen: the RTPS transport's default largest reassembled sample (64 MiB). */
    public static final int MAX_DATA_LEN = 64 << 20;
    /** Domains with DDSI-RTPS ports (io.sirocco.rtps.RtpsProvider.MAX_DOMAIN_ID). */
    public static final int MAX_DOMAIN = 232;

    /** Output formats of {@code -outputFormat}. */
    public enum OutputFormat { csv, json, legacy }

    /** Transports of {@code -transport}. */
    public enum TransportKind { UDPv4, SHMEM, RDMA }

    /** Sirocco's {@code -consistency}. */
    public enum ConsistencyKind { eventual, atomic }

    @Option(names = "-pub", description = "Run the publishing side.")
    boolean pub;

    @Option(names = "-sub", description = "Run the subscribing side (RTI's default; here the default is both).")
    boolean sub;

    @Option(names = "-latencyTest", description = "Ping-pong: every sample is echoed and the next one waits for it.")
    boolean latencyTest;

    @Option(names = "-dataLen", paramLabel = "<bytes>",
            description = "Sample size in bytes, 28 (the fixed part of TestData_t) to 64 MiB. Default: 100.")
    int dataLen = 100;

    @Option(names = "-executionTime", paramLabel = "<sec>",
            description = "Publish for this many seconds (after warm-up), instead of -numIter samples.")
    int executionTime;

    @Option(names = "-numIter", paramLabel = "<count>",
            description = "Samples to publish when no -executionTime is given. Default: 100000000.")
    long numIter = 100_000_000L;

    @Option(names = "-latencyCount", paramLabel = "<count>",
            description = "One sample in this many is a ping. Default: 10000, 1 with -latencyTest.")
    int latencyCount = -1;

    @Option(names = "-numSubscribers", paramLabel = "<count>", description = "Subscribers the publisher waits for. Default: 1.")
    int numSubscribers = 1;

    @Option(names = "-numPublishers", paramLabel = "<count>", description = "Publishers the subscriber waits for. Default: 1.")
    int numPublishers = 1;

    @Option(names = "-sidMultiSubTest", paramLabel = "<id>", description = "This subscriber's id, 0 to -numSubscribers - 1.")
    int subscriberId;

    @Option(names = "-pidMultiPubTest", paramLabel = "<id>",
            description = "This publisher's id, 0 to -numPublishers - 1; only publisher 0 sends pings.")
    int publisherId;

    @Option(names = "-bestEffort", description = "Best-effort instead of reliable Throughput and Latency topics.")
    boolean bestEffort;

    @Option(names = "-keyed", description = "Use the keyed type TestDataKeyed_t.")
    boolean keyed;

    @Option(names = "-instances", paramLabel = "<count>", description = "Instances written in turn (needs -keyed). Default: 1.")
    int instances = 1;

    @Option(names = "-batchSize", paramLabel = "<bytes>",
            description = "0 or 1 turns the transport's opportunistic batching off; a larger value keeps it on "
                    + "(datagrams then fill up to the transport's maxMessageSize). Default: on for throughput "
                    + "tests, off for -latencyTest.")
    int batchSize = -1;

    @Option(names = "-sendQueueSize", paramLabel = "<count>",
            description = "Samples a reliable writer keeps unacknowledged before write() waits. Default: 50.")
    int sendQueueSize = 50;

    @Option(names = "-pubRate", paramLabel = "<N>[:spin|:sleep]", converter = PubRate.Converter.class,
            description = "Publish N samples per second, waiting by spinning (default) or sleeping.")
    PubRate pubRate;

    @Option(names = "-sleep", paramLabel = "<ms>", description = "Sleep this long after each sample.")
    int sleepMillis;

    @Option(names = "-domain", paramLabel = "<id>", description = "DDS domain, 0 to 232. Default: 1.")
    int domain = 1;

    @Option(names = "-multicast", description = "Use multicast (default: unicast, on loopback unless -nic/-peer say otherwise).")
    boolean multicast;

    @Option(names = "-nic", paramLabel = "<name|address>", description = "Network interface to use.")
    String nic;

    @Option(names = "-peer", paramLabel = "<host[:port]>",
            description = "A discovery peer; repeat, or separate with commas. Default without -nic/-multicast: 127.0.0.1.")
    List<String> peers = new ArrayList<>();

    @Option(names = "-transport", paramLabel = "UDPv4|SHMEM|RDMA", description = "Default: UDPv4.")
    TransportKind transport = TransportKind.UDPv4;

    @Option(names = "-durability", paramLabel = "0..3",
            description = "0 volatile (default), 1 transient local, 2 transient, 3 persistent.")
    int durability;

    @Option(names = "-qosFile", paramLabel = "<file>",
            description = "DDS-XML QoS profiles. Default: perftest_qos_profiles.xml from the class path.")
    String qosFile;

    @Option(names = "-qosLibrary", paramLabel = "<name>",
            description = "Library of ThroughputQos, LatencyQos and AnnouncementQos. Default: PerftestQosLibrary.")
    String qosLibrary = "PerftestQosLibrary";

    @Option(names = "-cpu", description = "Add the process's CPU usage (%% of all cores) to the output.")
    boolean cpu;

    @Option(names = "-noPrintIntervals", description = "Print only the summaries.")
    boolean noPrintIntervals;

    @Option(names = "-outputFormat", paramLabel = "csv|json|legacy", description = "Default: csv.")
    OutputFormat outputFormat = OutputFormat.csv;

    @Option(names = "-noOutputHeaders", description = "Leave out the CSV header lines.")
    boolean noOutputHeaders;

    @Option(names = "-consistency", paramLabel = "eventual|atomic", description = "Sirocco's Consistency QoS. Default: eventual.")
    ConsistencyKind consistency = ConsistencyKind.eventual;

    @Option(names = "-help", usageHelp = true, description = "Print this help.")
    boolean help;

    /** The arguments with every option name in its declared spelling (set by {@link CommandLineParser}). */
    List<String> arguments = List.of();

    /** Whether this run is a publisher, a subscriber, or (neither given) both in two processes. */
    public Role role() {
        if (pub) {
            return Role.PUBLISHER;
        }
        return sub ? Role.SUBSCRIBER : Role.BOTH;
    }

    /** One sample in this many is a ping. */
    public int effectiveLatencyCount() {
        if (latencyCount > 0) {
            return latencyCount;
        }
        return latencyTest ? 1 : 10_000;
    }

    /** Whether the transport may pack several samples into one datagram. */
    public boolean batching() {
        return batchSize < 0 ? !latencyTest : batchSize > 1;
    }

    /** The payload bytes (bin_data) of every sample. */
    public int payloadLength() {
        return dataLen - MIN_DATA_LEN;
    }

    /** Every peer given, split at commas. */
    public List<String> peerList() {
        List<String> list = new ArrayList<>();
        for (String entry : peers) {
            for (String part : entry.split(",")) {
                if (!part.isBlank()) {
                    list.add(part.strip());
                }
            }
        }
        return list;
    }

    public boolean latencyTest() {
        return latencyTest;
    }

    public int dataLen() {
        return dataLen;
    }

    public int executionTime() {
        return executionTime;
    }

    public long numIter() {
        return numIter;
    }

    public int numSubscribers() {
        return numSubscribers;
    }

    public int numPublishers() {
        return numPublishers;
    }

    public int subscriberId() {
        return subscriberId;
    }

    public int publisherId() {
        return publisherId;
    }

    public boolean bestEffort() {
        return bestEffort;
    }

    public boolean keyed() {
        return keyed;
    }

    public int instances() {
        return instances;
    }

    public int sendQueueSize() {
        return sendQueueSize;
    }

    /** The publication rate, or {@code null} for as fast as possible. */
    public PubRate pubRate() {
        return pubRate;
    }

    public int sleepMillis() {
        return sleepMillis;
    }

    public int domain() {
        return domain;
    }

    public boolean multicast() {
        return multicast;
    }

    /** The interface, or {@code null}. */
    public String nic() {
        return nic;
    }

    public TransportKind transport() {
        return transport;
    }

    public int durability() {
        return durability;
    }

    /** The QoS file, or {@code null} for the built-in one. */
    public String qosFile() {
        return qosFile;
    }

    public String qosLibrary() {
        return qosLibrary;
    }

    public boolean cpu() {
        return cpu;
    }

    public boolean printIntervals() {
        return !noPrintIntervals;
    }

    public OutputFormat outputFormat() {
        return outputFormat;
    }

    public boolean outputHeaders() {
        return !noOutputHeaders;
    }

    public ConsistencyKind consistency() {
        return consistency;
    }

    public boolean helpRequested() {
        return help;
    }

    /** The command line with options in their declared spelling, as the demo passes it on. */
    public List<String> arguments() {
        return arguments;
    }

    /** Whether the user gave the option (in its declared spelling, e.g. {@code -executionTime}). */
    public boolean given(String option) {
        return arguments.contains(option) || arguments.stream().anyMatch(a -> a.startsWith(option + "="));
    }
}
