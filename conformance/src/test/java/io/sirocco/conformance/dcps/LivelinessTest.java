package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.LivelinessLostEvent;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterAdapter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * LIVELINESS (DCPS 2.2.3.11): AUTOMATIC writers are alive while their participant is; MANUAL
 * writers must assert liveliness (by writing, assertLiveliness(), or through their participant)
 * within their lease, or their readers see them as not alive and their instances without writers.
 */
class LivelinessTest extends DcpsFixture {
    private static final long LEASE_MS = 150;
    /** For tests that must not lapse: assertions every 20 ms leave a wide margin for scheduling hiccups. */
    private static final long STEADY_LEASE_MS = 300;

    private Topic<Shape> topic;

    @BeforeEach
    void createTopic() {
        topic = participant.createTopic("LivelyShapes", Shape.class);
    }

    private Liveliness manualByTopic() {
        return policies.Liveliness().withManualByTopic().withLeaseDuration(LEASE_MS, TimeUnit.MILLISECONDS);
    }

    private Liveliness manualByParticipant() {
        return manualByParticipant(LEASE_MS);
    }

    private Liveliness manualByParticipant(long leaseMs) {
        return policies.Liveliness().withManualByParticipant().withLeaseDuration(leaseMs, TimeUnit.MILLISECONDS);
    }

    private DataWriter<Shape> writer(Liveliness liveliness) {
        return publisher.createDataWriter(topic, writerQos(liveliness));
    }

    private DataReader<Shape> reader() {
        return subscriber.createDataReader(topic);
    }

    private static void awaitMatch(DataReader<Shape> reader, int writers) {
        eventually(5, "the reader to match " + writers + " writer(s)",
                () -> reader.getMatchedPublications().size() == writers);
    }

    private static List<InstanceState> instanceStates(DataReader<Shape> reader) {
        List<InstanceState> states = new ArrayList<>();
        for (Sample<Shape> sample : reader.read(new ArrayList<>())) {
            states.add(sample.getInstanceState());
        }
        return states;
    }

    @Test
    void automaticWritersStayAliveWithoutWriting() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(policies.Liveliness().withAutomatic()
                .withLeaseDuration(LEASE_MS, TimeUnit.MILLISECONDS));
        awaitMatch(reader, 1);
        writer.write(Shape.of("RED", 1));

        Thread.sleep(3 * LEASE_MS);
        LivelinessChangedStatus status = reader.getLivelinessChangedStatus();
        assertEquals(1, status.getAliveCount());
        assertEquals(0, status.getNotAliveCount());
        assertEquals(writer.getInstanceHandle(), status.getLastPublicationHandle());
        assertEquals(0, writer.getLivelinessLostStatus().getTotalCount());
        assertEquals(List.of(InstanceState.ALIVE), instanceStates(reader));
    }

    @Test
    void matchingAWriterMakesItAlive() {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(manualByTopic());
        awaitMatch(reader, 1);
        LivelinessChangedStatus status = reader.getLivelinessChangedStatus();
        assertEquals(1, status.getAliveCount());
        assertEquals(1, status.getAliveCountChange());
        assertEquals(0, status.getNotAliveCount());
        assertEquals(writer.getInstanceHandle(), status.getLastPublicationHandle());
        LivelinessChangedStatus again = reader.getLivelinessChangedStatus();
        assertEquals(0, again.getAliveCountChange(), "reading the status resets its changes");
    }

    @Test
    void aManualByTopicWriterThatStopsWritingLosesLiveliness() throws Exception {
        List<LivelinessLostStatus> lost = new CopyOnWriteArrayList<>();
        List<LivelinessChangedStatus> changed = new CopyOnWriteArrayList<>();
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(), new DataReaderAdapter<>() {
            @Override
            public void onLivelinessChanged(LivelinessChangedEvent<Shape> event) {
                changed.add(event.getStatus());
            }
        }, LivelinessChangedStatus.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(manualByTopic()),
                new DataWriterAdapter<>() {
                    @Override
                    public void onLivelinessLost(LivelinessLostEvent<Shape> event) {
                        lost.add(event.getStatus());
                    }
                }, LivelinessLostStatus.class);
        awaitMatch(reader, 1);
        writer.write(Shape.of("RED", 1));

        eventually(5, "the writer to lose its liveliness", () -> !lost.isEmpty());
        eventually(5, "the reader to see the writer not alive",
                () -> !changed.isEmpty() && changed.getLast().getNotAliveCount() == 1);
        assertEquals(1, lost.get(0).getTotalCount());
        assertEquals(1, lost.get(0).getTotalCountChange());
        LivelinessChangedStatus notAlive = changed.getLast();
        assertEquals(0, notAlive.getAliveCount());
        assertEquals(-1, notAlive.getAliveCountChange());
        assertEquals(1, notAlive.getNotAliveCountChange());
        assertEquals(writer.getInstanceHandle(), notAlive.getLastPublicationHandle());
        assertEquals(List.of(InstanceState.NOT_ALIVE_NO_WRITERS), instanceStates(reader),
                "an instance whose only writer is not alive has no writers");
        assertTrue(reader.getMatchedPublications().contains(writer.getInstanceHandle()),
                "a writer that is not alive is still matched");
    }

    @Test
    void livelinessLostIsCountedOncePerLapse() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(manualByTopic());
        awaitMatch(reader, 1);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the first lapse", () -> writer.getLivelinessLostStatus().getTotalCount() == 1);
        Thread.sleep(3 * LEASE_MS);
        assertEquals(1, writer.getLivelinessLostStatus().getTotalCount(), "still the same lapse");

        writer.write(Shape.of("RED", 2));
        eventually(5, "the second lapse", () -> writer.getStatusChanges().contains(LivelinessLostStatus.class));
        LivelinessLostStatus status = writer.getLivelinessLostStatus();
        assertEquals(2, status.getTotalCount());
        assertEquals(1, status.getTotalCountChange());
    }

    @Test
    void writingAgainMakesTheWriterAndItsInstancesAliveAgain() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(policies.Liveliness().withManualByTopic()
                .withLeaseDuration(STEADY_LEASE_MS, TimeUnit.MILLISECONDS));
        awaitMatch(reader, 1);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the reader to see the writer not alive",
                () -> reader.getLivelinessChangedStatus().getNotAliveCount() == 1);

        writer.write(Shape.of("RED", 2));
        LivelinessChangedStatus status = reader.getLivelinessChangedStatus();
        assertEquals(1, status.getAliveCount());
        assertEquals(0, status.getNotAliveCount());
        assertEquals(1, status.getAliveCountChange());
        assertEquals(-1, status.getNotAliveCountChange());
        List<Sample<Shape>> samples = reader.take(new ArrayList<>());
        Sample<Shape> newest = samples.getLast();
        assertEquals(2, newest.getData().x);
        assertEquals(InstanceState.ALIVE, newest.getInstanceState());
        assertEquals(1, newest.getNoWritersGenerationCount(), "the instance came back from NOT_ALIVE_NO_WRITERS");
    }

    @Test
    void assertLivelinessMakesTheWriterAliveAgain() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(policies.Liveliness().withManualByTopic()
                .withLeaseDuration(STEADY_LEASE_MS, TimeUnit.MILLISECONDS));
        awaitMatch(reader, 1);
        eventually(5, "the reader to see the writer not alive",
                () -> reader.getLivelinessChangedStatus().getNotAliveCount() == 1);

        writer.assertLiveliness();
        LivelinessChangedStatus status = reader.getLivelinessChangedStatus();
        assertEquals(1, status.getAliveCount());
        assertEquals(0, status.getNotAliveCount());
    }

    @Test
    void aWriterThatAssertsWithinItsLeaseStaysAlive() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(policies.Liveliness().withManualByTopic()
                .withLeaseDuration(STEADY_LEASE_MS, TimeUnit.MILLISECONDS));
        awaitMatch(reader, 1);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * STEADY_LEASE_MS);
        while (System.nanoTime() < end) {
            writer.assertLiveliness();
            Thread.sleep(20);
        }
        assertEquals(0, writer.getLivelinessLostStatus().getTotalCount());
        assertEquals(0, reader.getLivelinessChangedStatus().getNotAliveCount());
    }

    @Test
    void aManualByParticipantWriterIsKeptAliveByItsParticipant() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(manualByParticipant(STEADY_LEASE_MS));
        awaitMatch(reader, 1);
        writer.write(Shape.of("RED", 1));
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * STEADY_LEASE_MS);
        while (System.nanoTime() < end) {
            participant.assertLiveliness();
            Thread.sleep(20);
        }
        assertEquals(0, writer.getLivelinessLostStatus().getTotalCount());
        assertEquals(0, reader.getLivelinessChangedStatus().getNotAliveCount());

        // Once the participant stops asserting, the lease runs out.
        eventually(5, "the writer to lose its liveliness",
                () -> writer.getLivelinessLostStatus().getTotalCount() == 1);
        eventually(5, "the reader to see it", () -> reader.getLivelinessChangedStatus().getNotAliveCount() == 1);
        participant.assertLiveliness();
        eventually(5, "the participant's assertion to revive the writer",
                () -> reader.getLivelinessChangedStatus().getAliveCount() == 1);
    }

    @Test
    void aManualByParticipantWriterIsKeptAliveByAnotherWriterOfItsParticipant() throws Exception {
        Topic<Shape> other = participant.createTopic("OtherShapes", Shape.class);
        DataWriter<Shape> busy = publisher.createDataWriter(other, writerQos(manualByParticipant(STEADY_LEASE_MS)));
        DataReader<Shape> reader = reader();
        DataWriter<Shape> quiet = writer(manualByParticipant(STEADY_LEASE_MS));
        awaitMatch(reader, 1);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * STEADY_LEASE_MS);
        int x = 0;
        while (System.nanoTime() < end) {
            busy.write(Shape.of("RED", x++));
            Thread.sleep(20);
        }
        assertEquals(0, quiet.getLivelinessLostStatus().getTotalCount(),
                "any write of the participant asserts MANUAL_BY_PARTICIPANT liveliness");
        assertEquals(0, reader.getLivelinessChangedStatus().getNotAliveCount());
    }

    @Test
    void participantAssertLivelinessDoesNotKeepManualByTopicWritersAlive() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(manualByTopic());
        awaitMatch(reader, 1);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * LEASE_MS);
        while (System.nanoTime() < end) {
            participant.assertLiveliness();
            Thread.sleep(LEASE_MS / 6);
        }
        eventually(5, "the writer to lose its liveliness",
                () -> writer.getLivelinessLostStatus().getTotalCount() == 1);
    }

    @Test
    void closingAWriterDecreasesTheAliveCount() {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> first = writer(policies.Liveliness().withAutomatic());
        writer(policies.Liveliness().withAutomatic()); // stays
        awaitMatch(reader, 2);
        LivelinessChangedStatus before = reader.getLivelinessChangedStatus();
        assertEquals(2, before.getAliveCount());

        first.close();
        LivelinessChangedStatus after = reader.getLivelinessChangedStatus();
        assertEquals(1, after.getAliveCount());
        assertEquals(-1, after.getAliveCountChange());
        assertEquals(0, after.getNotAliveCount());
        assertEquals(0, after.getNotAliveCountChange(), "a closed writer is gone, not 'not alive'");
    }

    @Test
    void closingANotAliveWriterDecreasesTheNotAliveCount() {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(manualByTopic());
        awaitMatch(reader, 1);
        eventually(5, "the writer to be not alive", () -> reader.getLivelinessChangedStatus().getNotAliveCount() == 1);

        writer.close();
        LivelinessChangedStatus status = reader.getLivelinessChangedStatus();
        assertEquals(0, status.getAliveCount());
        assertEquals(0, status.getNotAliveCount());
        assertEquals(-1, status.getNotAliveCountChange());
    }

    @Test
    void theReaderListenerHearsTheWriterComeAndGo() {
        List<LivelinessChangedEvent<Shape>> events = new CopyOnWriteArrayList<>();
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(), new DataReaderAdapter<>() {
            @Override
            public void onLivelinessChanged(LivelinessChangedEvent<Shape> event) {
                events.add(event);
            }
        }, LivelinessChangedStatus.class);
        DataWriter<Shape> writer = writer(policies.Liveliness().withAutomatic());
        eventually(5, "the writer to become alive", () -> !events.isEmpty());
        assertEquals(1, events.getFirst().getStatus().getAliveCount());
        assertSame(reader, events.getFirst().getSource());

        writer.close();
        eventually(5, "the writer to go", () -> events.getLast().getStatus().getAliveCount() == 0);
        assertFalse(reader.getStatusChanges().contains(LivelinessChangedStatus.class),
                "the listener took the status");
    }

    @Test
    void aWriterOfferingAWeakerKindOfLivelinessIsNotMatched() {
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(manualByTopic()));
        DataWriter<Shape> writer = writer(policies.Liveliness().withAutomatic()
                .withLeaseDuration(LEASE_MS, TimeUnit.MILLISECONDS));
        eventually(5, "the incompatibility to be reported",
                () -> reader.getRequestedIncompatibleQosStatus().getTotalCount() == 1);
        assertEquals(Liveliness.class, reader.getRequestedIncompatibleQosStatus().getLastPolicyClass());
        assertEquals(Liveliness.class, writer.getOfferedIncompatibleQosStatus().getLastPolicyClass());
        assertTrue(reader.getMatchedPublications().isEmpty());
        assertEquals(0, reader.getLivelinessChangedStatus().getAliveCount());
    }

    @Test
    void aWriterOfferingALongerLeaseIsNotMatched() {
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(manualByTopic()));
        DataWriter<Shape> writer = writer(policies.Liveliness().withManualByTopic()
                .withLeaseDuration(2 * LEASE_MS, TimeUnit.MILLISECONDS));
        eventually(5, "the incompatibility to be reported",
                () -> writer.getOfferedIncompatibleQosStatus().getTotalCount() == 1);
        assertEquals(Liveliness.class, writer.getOfferedIncompatibleQosStatus().getLastPolicyClass());
        assertTrue(writer.getMatchedSubscriptions().isEmpty());
    }

    @Test
    void aWriterOfferingAStrongerKindAndShorterLeaseIsMatched() {
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(policies.Liveliness()
                .withAutomatic().withLeaseDuration(2 * LEASE_MS, TimeUnit.MILLISECONDS)));
        DataWriter<Shape> writer = writer(manualByTopic());
        awaitMatch(reader, 1);
        assertEquals(0, writer.getOfferedIncompatibleQosStatus().getTotalCount());
        assertEquals(0, reader.getRequestedIncompatibleQosStatus().getTotalCount());
    }

    @Test
    void aReaderMatchedAfterTheWriterLostItsLivelinessSeesItNotAlive() throws Exception {
        DataWriter<Shape> writer = writer(policies.Liveliness().withManualByTopic()
                .withLeaseDuration(STEADY_LEASE_MS, TimeUnit.MILLISECONDS));
        writer.write(Shape.of("RED", 1));
        eventually(5, "the writer to lose its liveliness",
                () -> writer.getLivelinessLostStatus().getTotalCount() == 1);

        DataReader<Shape> late = reader();
        awaitMatch(late, 1);
        eventually(5, "the late reader to see the writer not alive", () -> {
            LivelinessChangedStatus status = late.getLivelinessChangedStatus();
            return status.getAliveCount() == 0 && status.getNotAliveCount() == 1;
        });
        writer.assertLiveliness();
        eventually(5, "the late reader to see the writer alive again",
                () -> late.getLivelinessChangedStatus().getAliveCount() == 1);
    }

    @Test
    void anotherParticipantsAssertionsDoNotKeepAWriterAlive() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = writer(manualByParticipant());
        awaitMatch(reader, 1);
        var other = newParticipant();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3 * LEASE_MS);
        while (System.nanoTime() < end) {
            other.assertLiveliness();
            Thread.sleep(LEASE_MS / 6);
        }
        eventually(5, "the writer to lose its liveliness",
                () -> writer.getLivelinessLostStatus().getTotalCount() == 1);
    }

    @Test
    void livelinessLostReachesThePublisherListener() {
        List<Object> sources = new CopyOnWriteArrayList<>();
        publisher.setListener(new org.omg.dds.domain.DomainParticipantAdapter() {
            @Override
            public void onLivelinessLost(LivelinessLostEvent<?> event) {
                sources.add(event.getSource());
            }
        }, LivelinessLostStatus.class);
        DataWriter<Shape> writer = writer(manualByTopic());
        writer.assertLiveliness();
        eventually(5, "the publisher listener to hear of the lapse", () -> !sources.isEmpty());
        assertSame(writer, sources.getFirst());
        LivelinessLostStatus status = writer.getLivelinessLostStatus();
        assertEquals(1, status.getTotalCount());
        assertEquals(0, status.getTotalCountChange(), "the listener took the change");
    }
}
