package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import interop.Shape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** Sirocco talks to Sirocco in other JVMs over DDSI-RTPS on loopback: data, history, and peers that go away. */
class SiroccoProcessesTest extends WireFixture {
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(30);
    /** The participant lease of peers that get killed, in seconds: short, so that expiry is quick to see. */
    private static final int SHORT_LEASE = 2;

    private PeerJvm peer() {
        return PeerJvm.inDomain(domainId);
    }

    private DataWriter<Shape> writer(String topic, QosPolicy.ForDataWriter... qos) {
        DomainParticipant participant = newParticipant();
        Topic<Shape> t = participant.createTopic(topic, Shape.class);
        Publisher publisher = participant.createPublisher();
        return publisher.createDataWriter(t, publisher.getDefaultDataWriterQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll())
                .withPolicies(qos));
    }

    private DataReader<Shape> reader(String topic, QosPolicy.ForDataReader... qos) {
        DomainParticipant participant = newParticipant();
        Topic<Shape> t = participant.createTopic(topic, Shape.class);
        Subscriber subscriber = participant.createSubscriber();
        return subscriber.createDataReader(t, subscriber.getDefaultDataReaderQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll())
                .withPolicies(qos));
    }

    /** Takes from {@code reader} until {@code count} samples came; returns them. */
    private static List<Shape> takeAtLeast(DataReader<Shape> reader, int count) {
        List<Shape> received = new ArrayList<>();
        eventually(20, count + " samples", () -> {
            received.addAll(takeData(reader));
            return received.size() >= count;
        });
        return received;
    }

    private static void assertInOrder(List<Shape> received, String color, int count) {
        assertEquals(count, received.size(), "samples received");
        for (int x = 0; x < count; x++) {
            assertEquals(color + " " + x, received.get(x).color + " " + received.get(x).x, "sample " + x);
            assertTrue(received.get(x).intact(), "fields of sample " + x);
        }
    }

    private static boolean instanceIs(DataReader<Shape> reader, InstanceState state) {
        for (Sample<Shape> sample : reader.read(new ArrayList<>())) {
            if (sample.getInstanceState() == state) {
                return true;
            }
        }
        return false;
    }

    private static boolean writerGone(DataReader<Shape> reader) {
        return reader.getSubscriptionMatchedStatus().getCurrentCount() == 0
                && reader.getLivelinessChangedStatus().getAliveCount() == 0
                && instanceIs(reader, InstanceState.NOT_ALIVE_NO_WRITERS);
    }

    @Test
    void samplesWrittenHereReachAReaderInAnotherJvmReliablyAndInOrder() throws Exception {
        PeerProcess subscriber = track(peer().start("sub", "ToJvm", 300));
        subscriber.awaitLine("ready", PEER_TIMEOUT);
        DataWriter<Shape> writer = writer("ToJvm");
        eventually(20, "the writer matches the reader in the other JVM",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        for (int x = 0; x < 300; x++) {
            writer.write(Shape.of("HERE", x, 100));
        }
        assertEquals(0, subscriber.waitForExit(PEER_TIMEOUT), subscriber::output);
        assertReceivedInOrder(subscriber, "HERE", 300, 100);
    }

    @Test
    void samplesWrittenInAnotherJvmReachAReaderHereReliablyAndInOrder() {
        DataReader<Shape> reader = reader("FromJvm");
        PeerProcess publisher = track(peer().start("pub", "FromJvm", 300, "-s", "100"));
        List<Shape> received = takeAtLeast(reader, 300);
        assertEquals(0, publisher.waitForExit(PEER_TIMEOUT), publisher::output);
        received.addAll(takeData(reader));
        assertInOrder(received, "SIR", 300);
    }

    @Test
    void lateReaderInAnotherJvmGetsTheHistoryOfATransientLocalWriterHere() throws Exception {
        DataWriter<Shape> writer = writer("HistoryToJvm", policies.Durability().withTransientLocal());
        for (int x = 0; x < 10; x++) {
            writer.write(Shape.of("OLD", x, 0));
        }
        PeerProcess subscriber = track(peer().start("sub", "HistoryToJvm", 10, "-t"));
        assertEquals(0, subscriber.waitForExit(PEER_TIMEOUT), subscriber::output);
        assertReceivedInOrder(subscriber, "OLD", 10, 0);
    }

    @Test
    void lateReaderHereGetsTheHistoryOfATransientLocalWriterInAnotherJvm() {
        PeerProcess publisher = track(peer().start("pub", "HistoryFromJvm", 10, "-t", "-c", "OLD"));
        publisher.awaitLine("written", PEER_TIMEOUT);
        DataReader<Shape> reader = reader("HistoryFromJvm", policies.Durability().withTransientLocal());
        assertInOrder(takeAtLeast(reader, 10), "OLD", 10);
    }

    @Test
    void writerInAKilledJvmIsGoneOnceItsParticipantLeaseExpires() {
        DataReader<Shape> reader = reader("KilledWriter");
        PeerProcess publisher = track(peer().with("leaseDuration", Integer.toString(SHORT_LEASE))
                .start("pub", "KilledWriter", 3, "-k"));
        publisher.awaitLine("written", PEER_TIMEOUT);
        eventually(20, "the samples of the writer in the other JVM",
                () -> reader.read(new ArrayList<>()).size() == 3);
        assertEquals(1, reader.getLivelinessChangedStatus().getAliveCount());

        publisher.close(); // SIGKILL: no goodbye, so only the lease can tell the writer is gone
        eventually(3 * SHORT_LEASE, "the reader drops the killed writer: unmatched, not alive, instance without writers",
                () -> writerGone(reader));
    }

    @Test
    void writerJvmRestartedAfterAKillIsMatchedWithoutWaitingForTheOldLease() {
        DataReader<Shape> reader = reader("Restarted");
        PeerJvm writerJvm = peer().with("leaseDuration", "120");
        PeerProcess crashed = track(writerJvm.start("pub", "Restarted", 1, "-k", "-c", "FIRST"));
        eventually(20, "the first writer's sample", () -> takeData(reader).size() == 1);
        crashed.close(); // SIGKILL; the restarted JVM reuses its ports

        // The dead participant's lease has long to run: the newcomer must not wait for it.
        PeerProcess restarted = track(writerJvm.start("pub", "Restarted", 3, "-c", "SECOND"));
        assertInOrder(takeAtLeast(reader, 3), "SECOND", 3);
        assertEquals(0, restarted.waitForExit(PEER_TIMEOUT), restarted::output);
    }

    @Test
    void reliableWriterWaitingForAReaderInAKilledJvmIsReleasedWhenItsLeaseExpires() throws Exception {
        PeerProcess subscriber = track(peer().with("leaseDuration", Integer.toString(SHORT_LEASE))
                .start("sub", "KilledReader", Integer.MAX_VALUE));
        subscriber.awaitLine("ready", PEER_TIMEOUT);
        DataWriter<Shape> writer = writer("KilledReader");
        eventually(20, "the writer matches the reader in the other JVM",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        writer.write(Shape.of("ACKED", 0, 0));
        writer.waitForAcknowledgments(10, TimeUnit.SECONDS);

        subscriber.close(); // SIGKILL
        writer.write(Shape.of("UNACKED", 1, 0));
        // The dead reader never acknowledges; once its lease expires there is no one left to wait for.
        writer.waitForAcknowledgments(3 * SHORT_LEASE, TimeUnit.SECONDS);
        assertEquals(0, writer.getPublicationMatchedStatus().getCurrentCount());
    }

    @Test
    void writerInAJvmThatClosesItsParticipantIsGoneAtOnce() {
        DataReader<Shape> reader = reader("Leaving");
        // A lease far longer than the test: only the participant's goodbye can make it go in time.
        PeerProcess publisher = track(peer().with("leaseDuration", "120").start("pub", "Leaving", 3));
        eventually(20, "the samples of the writer in the other JVM",
                () -> reader.read(new ArrayList<>()).size() == 3);
        assertEquals(0, publisher.waitForExit(PEER_TIMEOUT), publisher::output);
        eventually(2, "the reader drops the writer whose participant closed", () -> writerGone(reader));
    }

    @Test
    void readerInAJvmThatClosesItsParticipantIsGoneAtOnce() throws Exception {
        PeerProcess subscriber = track(peer().with("leaseDuration", "120").start("sub", "LeavingReader", 1));
        subscriber.awaitLine("ready", PEER_TIMEOUT);
        DataWriter<Shape> writer = writer("LeavingReader");
        eventually(20, "the writer matches the reader in the other JVM",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        writer.write(Shape.of("LAST", 0, 0));
        assertEquals(0, subscriber.waitForExit(PEER_TIMEOUT), subscriber::output);
        eventually(2, "the writer drops the reader whose participant closed",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 0);
    }
}
