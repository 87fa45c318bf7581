package io.sirocco.rtps.participant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.rtps.Shape;
import io.sirocco.rtps.net.EventLoops;
import io.sirocco.rtps.net.TransportStatistics;
import io.sirocco.rtps.wire.MessageParser;
import io.sirocco.rtps.wire.SubmessageAdapter;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;

/**
 * Robustness of the receive path against malformed datagrams: a seeded fuzzer mutates datagrams
 * that Sirocco really sends (see {@link PhantomPeer}) and feeds them to a live participant's
 * {@link Receiver}, on the event loop that runs it, at a million datagrams per run. Nothing may
 * escape the receiver or hang it, memory must stay bounded, every datagram the parser rejects must
 * show in the statistics users read, and the participant must go on working.
 *
 * <p>{@code -Dfuzz.seed=...} and {@code -Dfuzz.packets=...} replay or lengthen a run; a failure names
 * the datagram's index, from which {@link #random(long)} rebuilds its mutations.
 */
class MalformedPacketsTest extends PhantomFixture {
    private static final long SEED = Long.getLong("fuzz.seed", 0x5EED_2026L);
    private static final int PACKETS = Integer.getInteger("fuzz.packets", 1_000_000);
    /** Datagrams per event-loop task; the phantom is discovered afresh before each batch. */
    private static final int BATCH = 2_000;
    private static final long BATCH_TIMEOUT_SECONDS = 20;
    /** Heap growth tolerated between the first batch and the end (tables of discovered phantoms). */
    private static final long MAX_HEAP_GROWTH = 64L << 20;
    /** Mutated datagrams sent through the participant's real sockets after the direct run. */
    private static final int SOCKET_PACKETS = 20_000;

    @Test
    void theUnmutatedCorpusIsValidAndReachesDiscoveryReadersAndWriters() throws Exception {
        TransportStatistics statistics = rtps.statistics();
        discoverPhantom();
        assertNotNull(rtps.spdp().participant(phantom.guid), "the phantom is discovered");
        List<Integer> reliable = new ArrayList<>();
        List<Integer> bestEffort = new ArrayList<>();
        for (PhantomPeer.Datagram datagram : phantom.traffic()) {
            onControlLoop(() -> receive(datagram));
            collect(reader, reliable);
            collect(bestEffortReader, bestEffort);
        }
        List<Integer> expected = PhantomPeer.deliveredValues();
        assertEquals(expected, reliable, "the reliable reader gets every change once, in order");
        // Change 1 is addressed to the reliable reader alone.
        assertEquals(expected.subList(1, expected.size()), bestEffort, "the best-effort reader gets the others");
        assertEquals(0, statistics.malformedMessages(), statistics.toString());
        assertEquals(0, statistics.foreignMessages(), statistics.toString());
        onControlLoop(() -> receive(phantom.leave()));
        eventually(5, "the phantom's endpoints are forgotten when it leaves", () -> matched() == 0);
    }

    private static void collect(DataReader<Shape> from, List<Integer> values) {
        for (Shape shape : takeData(from)) {
            values.add(shape.x);
            if (shape.x == 5) {
                assertArrayEquals(shape("BIG", 5, PhantomPeer.LARGE_BYTES).payload, shape.payload,
                        "the fragmented sample is reassembled intact");
            }
        }
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void aMillionMutatedDatagramsAreCountedAndDroppedAndTheParticipantKeepsWorking() throws Exception {
        List<PhantomPeer.Datagram> refresh = new ArrayList<>();
        refresh.add(phantom.leave());
        refresh.addAll(phantom.discovery());
        List<PhantomPeer.Datagram> corpus = new ArrayList<>(refresh);
        corpus.addAll(phantom.traffic());
        Campaign campaign = new Campaign(corpus, refresh);
        long start = System.nanoTime();
        long baseline = 0;
        for (long first = 0; first < PACKETS; first += BATCH) {
            long from = first;
            long to = Math.min(PACKETS, first + BATCH);
            try {
                EventLoops.control().submit(() -> campaign.run(from, to)).get(BATCH_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("datagram " + campaign.current + " (seed " + SEED + ") hangs the receive path:\n"
                        + campaign.describe(campaign.current));
            }
            if (from == 0) {
                baseline = usedHeapAfterGc();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long growth = usedHeapAfterGc() - baseline;
        TransportStatistics statistics = rtps.statistics();
        System.out.printf("fuzzed %,d datagrams (seed %d) in %.1f s: %,d rejected by the parser, %s; heap growth %,d B;"
                + " %d participants known%n", PACKETS, SEED, seconds, campaign.rejected, statistics, growth,
                rtps.spdp().participants().size());
        campaign.failures.values().forEach(System.out::println);
        assertTrue(campaign.failures.isEmpty(), () -> campaign.failures.size() + " kinds of failure, first: "
                + campaign.failures.values().iterator().next());
        assertTrue(statistics.malformedMessages() >= campaign.rejected, statistics.toString());
        assertTrue(growth < MAX_HEAP_GROWTH, "heap grew by " + growth + " bytes");
        sendThroughTheSockets(corpus, SOCKET_PACKETS);
        assertTheParticipantStillWorks();
    }

    /**
     * Sends mutated datagrams to the participant's real sockets (each to the socket its seed is
     * meant for), so that they take the whole receive path: Netty, the socket's own receiver and
     * event loop. The receive loops must survive them and count them.
     */
    private void sendThroughTheSockets(List<PhantomPeer.Datagram> corpus, int count) throws Exception {
        Map<PhantomPeer.Socket, InetSocketAddress> ports = Map.of(
                PhantomPeer.Socket.METATRAFFIC, rtps.network().metatrafficUnicastLocators().get(0).socketAddress(),
                PhantomPeer.Socket.USER, rtps.network().defaultUnicastLocators().get(0).socketAddress(),
                PhantomPeer.Socket.ACKNOWLEDGEMENTS, rtps.network().writerUnicastLocators().get(0).socketAddress());
        TransportStatistics statistics = rtps.statistics();
        long received = statistics.datagramsReceived();
        long bad = statistics.malformedMessages() + statistics.foreignMessages();
        PacketMutator mutator = new PacketMutator(corpus, entityIds());
        long start = System.nanoTime();
        try (DatagramChannel channel = DatagramChannel.open()) {
            for (int i = 0; i < count; i++) {
                PhantomPeer.Datagram seed = mutator.mutate(random(PACKETS + (long) i));
                channel.send(ByteBuffer.wrap(mutator.buffer(), 0, mutator.length()), ports.get(seed.socket()));
                if (i % 256 == 255) {
                    Thread.sleep(1); // stay within the socket buffers
                }
            }
        }
        eventually(20, "the datagrams are received", () -> statistics.datagramsReceived() - received >= count * 9 / 10);
        System.out.printf("sent %,d mutated datagrams through the sockets in %.1f s: %s%n", count,
                (System.nanoTime() - start) / 1e9, statistics);
        assertTrue(statistics.malformedMessages() + statistics.foreignMessages() > bad, statistics.toString());
    }

    /** Feeds mutated datagrams to the receiver and checks each; runs on the receiver's event loop. */
    private final class Campaign {
        private final List<PhantomPeer.Datagram> corpus;
        private final List<PhantomPeer.Datagram> refresh;
        private final PacketMutator mutator;
        private final MessageParser parser = new MessageParser(rtps.guid().high(), (int) (rtps.guid().low() >>> 32));
        private final TransportStatistics statistics = rtps.statistics();
        /** One failure per kind (exception class and throwing frame), with the first datagram that caused it. */
        final Map<String, String> failures = new LinkedHashMap<>();
        long rejected;
        volatile long current;

        Campaign(List<PhantomPeer.Datagram> corpus, List<PhantomPeer.Datagram> refresh) {
            this.corpus = corpus;
            this.refresh = refresh;
            this.mutator = new PacketMutator(corpus, entityIds());
        }

        void run(long from, long to) {
            // The phantom leaves and comes back: its writer and reader states start afresh, so that
            // mutations keep reaching readers and writers however the previous batch left them.
            refresh.forEach(MalformedPacketsTest.this::receive);
            for (long index = from; index < to; index++) {
                current = index;
                mutator.mutate(random(index));
                check(index, mutator.buffer(), mutator.length());
            }
        }

        private void check(long index, byte[] datagram, int length) {
            long malformed = statistics.malformedMessages();
            long foreign = statistics.foreignMessages();
            Verdict verdict = verdict(datagram, length);
            try {
                receiver.received(datagram, 0, length);
            } catch (Throwable t) {
                fail(index, t.getClass().getName() + " at " + frame(t), t);
                return;
            }
            if (verdict == Verdict.MALFORMED) {
                rejected++;
                if (statistics.malformedMessages() == malformed) {
                    fail(index, "a malformed datagram was not counted", null);
                }
            } else if (verdict == Verdict.FOREIGN && statistics.foreignMessages() == foreign) {
                fail(index, "a datagram that is not RTPS was not counted", null);
            }
        }

        private Verdict verdict(byte[] datagram, int length) {
            try {
                return parser.parse(datagram, 0, length, new SubmessageAdapter()) ? Verdict.WELL_FORMED : Verdict.FOREIGN;
            } catch (MessageParser.Malformed e) {
                return Verdict.MALFORMED;
            }
        }

        private void fail(long index, String kind, Throwable t) {
            failures.computeIfAbsent(kind, k -> k + "\n  first at datagram " + index + " (seed " + SEED + "): "
                    + describe(index) + (t == null ? "" : "\n  " + stackTrace(t)));
        }

        /** The mutated datagram, rebuilt from its index. */
        String describe(long index) {
            PacketMutator replay = new PacketMutator(corpus, entityIds());
            PhantomPeer.Datagram seed = replay.mutate(random(index));
            return "mutated " + seed.name() + ": " + HexFormat.of().formatHex(replay.buffer(), 0, replay.length());
        }
    }

    private enum Verdict {
        WELL_FORMED, MALFORMED, FOREIGN
    }

    /** The generator of datagram {@code index}'s mutations: any datagram can be rebuilt alone. */
    private static SplittableRandom random(long index) {
        return new SplittableRandom(SEED * 0x9E3779B97F4A7C15L + index);
    }

    // ------------------------------------------------------------------ after the fuzzing

    /** A participant created now discovers the fuzzed one, and data flows both ways, reliably and in order. */
    private void assertTheParticipantStillWorks() {
        DomainParticipant other = newParticipant();
        assertDelivered(local, other, "AfterFuzzOut");
        assertDelivered(other, local, "AfterFuzzIn");
    }

    private void assertDelivered(DomainParticipant from, DomainParticipant to, String topicName) {
        Publisher publisher = from.createPublisher();
        DataWriter<Shape> w = publisher.createDataWriter(from.createTopic(topicName, Shape.class),
                publisher.getDefaultDataWriterQos().withPolicies(policies.Reliability().withReliable(),
                        policies.History().withKeepAll()));
        Subscriber subscriber = to.createSubscriber();
        DataReader<Shape> r = subscriber.createDataReader(to.createTopic(topicName, Shape.class),
                subscriber.getDefaultDataReaderQos().withPolicies(policies.Reliability().withReliable(),
                        policies.History().withKeepAll()));
        eventually(20, topicName + ": the writer matches the reader",
                () -> w.getPublicationMatchedStatus().getCurrentCount() == 1);
        int n = 200;
        for (int i = 0; i < n; i++) {
            try {
                w.write(new Shape("GREEN", i));
            } catch (TimeoutException e) {
                throw new AssertionError(e);
            }
        }
        List<Integer> seen = new ArrayList<>();
        eventually(20, topicName + ": every sample arrives", () -> {
            takeData(r).forEach(s -> seen.add(s.x));
            return seen.size() >= n;
        });
        for (int i = 0; i < n; i++) {
            assertEquals(i, seen.get(i), topicName + ": sample " + i);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String frame(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("io.sirocco") && !e.getClassName().contains("MalformedPacketsTest")) {
                return e.toString();
            }
        }
        return t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "?";
    }

    private static String stackTrace(Throwable t) {
        java.io.StringWriter text = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
