package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import interop.Shape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/** Sirocco and a real Cyclone DDS process exchange data over DDSI-RTPS on loopback. */
class CycloneInteropTest extends WireFixture {
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(30);

    private DataWriter<Shape> writer(DomainParticipant participant, String topic, QosPolicy.ForDataWriter... qos) {
        Topic<Shape> t = participant.createTopic(topic, Shape.class);
        Publisher publisher = participant.createPublisher();
        return publisher.createDataWriter(t, publisher.getDefaultDataWriterQos().withPolicies(qos));
    }

    private DataReader<Shape> reader(DomainParticipant participant, String topic, QosPolicy.ForDataReader... qos) {
        Topic<Shape> t = participant.createTopic(topic, Shape.class);
        Subscriber subscriber = participant.createSubscriber();
        return subscriber.createDataReader(t, subscriber.getDefaultDataReaderQos().withPolicies(qos));
    }

    private PeerProcess cyclone(String mode, String topic, int count, String... options) {
        List<String> arguments = new ArrayList<>(List.of(mode, topic, Integer.toString(count), "-D",
                Integer.toString(domainId), "-w", "25"));
        arguments.addAll(List.of(options));
        return track(CyclonePeer.start(arguments.toArray(new String[0])));
    }

    @Test
    void siroccoWriterReachesCycloneReaderReliablyAndInOrder() throws Exception {
        PeerProcess peer = cyclone("sub", "ToCyclone", 50);
        peer.awaitLine("ready", PEER_TIMEOUT);
        DataWriter<Shape> writer = writer(newParticipant(), "ToCyclone", policies.Reliability().withReliable(),
                policies.History().withKeepAll());
        eventually(20, "the Sirocco writer matches the Cyclone reader",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        for (int i = 0; i < 50; i++) {
            writer.write(Shape.of("SIR", i, 16));
        }
        assertEquals(0, peer.waitForExit(PEER_TIMEOUT), peer::output);
        List<String> samples = peer.output().lines().filter(l -> l.startsWith("sample ")).toList();
        for (int i = 0; i < 50; i++) {
            assertEquals("sample SIR " + i + " 16", samples.get(i));
        }
    }

    @Test
    void cycloneWriterReachesSiroccoReaderReliablyAndInOrder() {
        DataReader<Shape> reader = reader(newParticipant(), "FromCyclone", policies.Reliability().withReliable(),
                policies.History().withKeepAll());
        PeerProcess peer = cyclone("pub", "FromCyclone", 500, "-s", "40");
        List<Shape> received = new ArrayList<>();
        eventually(25, "500 samples from Cyclone", () -> {
            received.addAll(takeData(reader));
            return received.size() >= 500;
        });
        for (int i = 0; i < 500; i++) {
            assertEquals(i, received.get(i).x);
            assertEquals("CYC", received.get(i).color);
            assertTrue(received.get(i).intact(), "payload of sample " + i);
        }
        assertEquals(0, peer.waitForExit(PEER_TIMEOUT), peer::output);
    }

    @Test
    void largeSamplesAreFragmentedAndReassembledBothWays() throws Exception {
        int size = 200_000;
        DomainParticipant participant = newParticipant();
        DataReader<Shape> reader = reader(participant, "LargeFromCyclone", policies.Reliability().withReliable(),
                policies.History().withKeepAll());
        PeerProcess publisher = cyclone("pub", "LargeFromCyclone", 10, "-s", Integer.toString(size));
        List<Shape> received = new ArrayList<>();
        eventually(25, "10 large samples from Cyclone", () -> {
            received.addAll(takeData(reader));
            return received.size() >= 10;
        });
        for (Shape shape : received) {
            assertEquals(size, shape.payload.length);
            assertTrue(shape.intact(), "payload of sample " + shape.x);
        }
        assertEquals(0, publisher.waitForExit(PEER_TIMEOUT), publisher::output);

        PeerProcess subscriber = cyclone("sub", "LargeToCyclone", 10);
        subscriber.awaitLine("ready", PEER_TIMEOUT);
        DataWriter<Shape> writer = writer(participant, "LargeToCyclone", policies.Reliability().withReliable(),
                policies.History().withKeepAll());
        eventually(20, "the Sirocco writer matches the Cyclone reader",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        for (int i = 0; i < 10; i++) {
            writer.write(Shape.of("BIG", i, size));
        }
        assertEquals(0, subscriber.waitForExit(PEER_TIMEOUT), subscriber::output);
        assertTrue(subscriber.output().contains("sample BIG 9 " + size), subscriber::output);
    }

    private boolean sawInstanceState(DataReader<Shape> reader, InstanceState state) {
        for (Sample<Shape> sample : reader.read(new ArrayList<>())) {
            if (sample.getInstanceState() == state) {
                return true;
            }
        }
        return false;
    }

    @Test
    void cycloneDisposeShowsAsDisposedInstance() {
        DataReader<Shape> reader = reader(newParticipant(), "DisposeFromCyclone",
                policies.Reliability().withReliable(), policies.History().withKeepAll());
        PeerProcess publisher = cyclone("pub", "DisposeFromCyclone", 3, "-d");
        eventually(25, "the Cyclone instance is disposed",
                () -> sawInstanceState(reader, InstanceState.NOT_ALIVE_DISPOSED));
        assertEquals(0, publisher.waitForExit(PEER_TIMEOUT), publisher::output);
    }

    @Test
    void cycloneUnregisterShowsAsInstanceWithoutWriters() {
        DataReader<Shape> reader = reader(newParticipant(), "UnregisterFromCyclone",
                policies.Reliability().withReliable(), policies.History().withKeepAll());
        // The peer stays up after unregistering (-t), so only the unregister can take the writer away.
        PeerProcess publisher = cyclone("pub", "UnregisterFromCyclone", 3, "-u", "-k");
        eventually(25, "the Cyclone instance has no writers",
                () -> sawInstanceState(reader, InstanceState.NOT_ALIVE_NO_WRITERS));
        publisher.awaitLine("written", PEER_TIMEOUT);
    }

    @Test
    void siroccoDisposeAndUnregisterReachCyclone() throws Exception {
        PeerProcess subscriber = cyclone("sub", "DisposeToCyclone", 2, "-d", "-u");
        subscriber.awaitLine("ready", PEER_TIMEOUT);
        DataWriter<Shape> writer = writer(newParticipant(), "DisposeToCyclone",
                policies.Reliability().withReliable(), policies.History().withKeepAll(),
                policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false));
        eventually(20, "the Sirocco writer matches the Cyclone reader",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        Shape gone = Shape.of("GONE", 1, 0);
        writer.write(gone);
        writer.dispose(writer.lookupInstance(gone));
        Shape left = Shape.of("LEFT", 2, 0);
        writer.write(left);
        writer.unregisterInstance(writer.lookupInstance(left));
        assertEquals(0, subscriber.waitForExit(PEER_TIMEOUT), subscriber::output);
        assertTrue(subscriber.output().contains("disposed GONE"), subscriber::output);
        assertTrue(subscriber.output().contains("unregistered LEFT"), subscriber::output);
    }

    @Test
    void lateSiroccoReaderGetsTheHistoryOfATransientLocalCycloneWriter() {
        PeerProcess publisher = cyclone("pub", "History", 5, "-t", "-n", "-k", "-l", "-c", "OLD");
        publisher.awaitLine("written", PEER_TIMEOUT);
        DataReader<Shape> reader = reader(newParticipant(), "History", policies.Reliability().withReliable(),
                policies.Durability().withTransientLocal());
        List<Shape> received = new ArrayList<>();
        eventually(20, "the historical sample", () -> {
            received.addAll(takeData(reader));
            return !received.isEmpty();
        });
        // KEEP_LAST 1 on a single instance: the last value written.
        assertEquals(4, received.getLast().x);
        assertEquals("OLD", received.getLast().color);
    }

    @Test
    void bestEffortSamplesFlowFromCyclone() {
        DataReader<Shape> reader = reader(newParticipant(), "BestEffort", policies.Reliability().withBestEffort());
        // Best effort promises nothing about samples written before both sides matched: the peer
        // writes one sample every 20 ms for 4 s, and most of them must arrive.
        PeerProcess publisher = cyclone("pub", "BestEffort", 200, "-b", "-i", "20000");
        List<Shape> received = new ArrayList<>();
        eventually(25, "best-effort samples from Cyclone", () -> {
            received.addAll(takeData(reader));
            return received.size() >= 100;
        });
        for (int i = 1; i < received.size(); i++) {
            assertTrue(received.get(i).x > received.get(i - 1).x, "best effort keeps the writer's order");
        }
        publisher.waitForExit(PEER_TIMEOUT);
    }

    @Test
    void partitionsDecideWhoMatches() {
        DomainParticipant participant = newParticipant();
        Subscriber subscriber = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName("blue")));
        Topic<Shape> topic = participant.createTopic("Partitioned", Shape.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll()));
        PeerProcess red = cyclone("pub", "Partitioned", 1, "-p", "red", "-c", "RED", "-w", "3");
        PeerProcess blue = cyclone("pub", "Partitioned", 3, "-p", "blue", "-c", "BLUE");
        List<Shape> received = new ArrayList<>();
        eventually(25, "samples from the writer in the same partition", () -> {
            received.addAll(takeData(reader));
            return received.size() >= 3;
        });
        assertEquals(0, blue.waitForExit(PEER_TIMEOUT), blue::output);
        assertEquals(1, red.waitForExit(PEER_TIMEOUT), "the writer in another partition never matches");
        assertTrue(received.stream().allMatch(s -> s.color.equals("BLUE")));
    }
}
