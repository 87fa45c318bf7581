package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.event.OfferedDeadlineMissedEvent;
import org.omg.dds.core.event.RequestedDeadlineMissedEvent;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterAdapter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.topic.Topic;

/**
 * DEADLINE (DCPS 2.2.3.7): a writer that does not update an instance within its offered period
 * raises OFFERED_DEADLINE_MISSED, a reader that receives nothing for an instance within its
 * requested period raises REQUESTED_DEADLINE_MISSED; both count per instance and per period.
 */
class DeadlineTest extends DcpsFixture {
    private static final long PERIOD_MS = 100;

    private Topic<Shape> topic;

    @BeforeEach
    void createTopic() {
        topic = participant.createTopic("DeadlineShapes", Shape.class);
    }

    private Deadline deadline(long millis) {
        return policies.Deadline().withPeriod(millis, TimeUnit.MILLISECONDS);
    }

    private DataWriter<Shape> writer(long periodMs) {
        return publisher.createDataWriter(topic, writerQos(deadline(periodMs)));
    }

    private DataReader<Shape> reader(long periodMs) {
        return subscriber.createDataReader(topic, readerQos(deadline(periodMs)));
    }

    private static void awaitMatch(DataWriter<Shape> writer) {
        eventually(5, "the writer to match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
    }

    @Test
    void aWriterThatDoesNotWriteWithinThePeriodMissesItsOfferedDeadline() throws Exception {
        DataWriter<Shape> writer = writer(PERIOD_MS);
        long written = System.nanoTime();
        writer.write(Shape.of("RED", 1));
        InstanceHandle red = writer.lookupInstance(Shape.of("RED", 0));

        eventually(5, "an offered deadline to be missed",
                () -> writer.getStatusChanges().contains(OfferedDeadlineMissedStatus.class));
        Thread.sleep(3 * PERIOD_MS);
        OfferedDeadlineMissedStatus first = writer.getOfferedDeadlineMissedStatus();
        long periods = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written) / PERIOD_MS;
        OfferedDeadlineMissedStatus second = writer.getOfferedDeadlineMissedStatus();
        assertTrue(first.getTotalCount() >= 2, "one miss per silent period: " + first.getTotalCount());
        assertTrue(first.getTotalCount() <= periods, "at most one miss per period: " + first.getTotalCount()
                + " in " + periods + " periods");
        assertEquals(first.getTotalCount(), first.getTotalCountChange(), "first read: every miss is a change");
        assertEquals(red, first.getLastInstanceHandle());
        assertEquals(second.getTotalCount() - first.getTotalCount(), second.getTotalCountChange(),
                "reading the status resets its change count");
    }

    @Test
    void offeredDeadlineMissedIsReportedToTheWriterListener() throws Exception {
        List<OfferedDeadlineMissedStatus> calls = new CopyOnWriteArrayList<>();
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(deadline(PERIOD_MS)),
                new DataWriterAdapter<>() {
                    @Override
                    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<Shape> event) {
                        calls.add(event.getStatus());
                    }
                }, OfferedDeadlineMissedStatus.class);
        writer.write(Shape.of("RED", 1));
        InstanceHandle red = writer.lookupInstance(Shape.of("RED", 0));

        eventually(5, "the listener to hear of two misses", () -> calls.size() >= 2);
        OfferedDeadlineMissedStatus firstCall = calls.get(0);
        assertEquals(1, firstCall.getTotalCount());
        assertEquals(1, firstCall.getTotalCountChange());
        assertEquals(red, firstCall.getLastInstanceHandle());
        assertEquals(2, calls.get(1).getTotalCount());
        assertEquals(1, calls.get(1).getTotalCountChange(), "the listener call reset the change count");
    }

    @Test
    void aReaderThatReceivesNothingWithinThePeriodMissesItsRequestedDeadline() throws Exception {
        DataReader<Shape> reader = reader(PERIOD_MS);
        DataWriter<Shape> writer = writer(PERIOD_MS);
        awaitMatch(writer);
        long written = System.nanoTime();
        writer.write(Shape.of("RED", 1));
        eventually(5, "the sample to arrive", () -> !reader.lookupInstance(Shape.of("RED", 0)).isNil());
        InstanceHandle red = reader.lookupInstance(Shape.of("RED", 0));

        eventually(5, "the requested deadline to be missed",
                () -> reader.getStatusChanges().contains(RequestedDeadlineMissedStatus.class));
        Thread.sleep(3 * PERIOD_MS);
        RequestedDeadlineMissedStatus first = reader.getRequestedDeadlineMissedStatus();
        long periods = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written) / PERIOD_MS;
        RequestedDeadlineMissedStatus second = reader.getRequestedDeadlineMissedStatus();
        assertTrue(first.getTotalCount() >= 2, "one miss per silent period: " + first.getTotalCount());
        assertTrue(first.getTotalCount() <= periods, "at most one miss per period: " + first.getTotalCount()
                + " in " + periods + " periods");
        assertEquals(first.getTotalCount(), first.getTotalCountChange());
        assertEquals(red, first.getLastInstanceHandle());
        assertEquals(second.getTotalCount() - first.getTotalCount(), second.getTotalCountChange());
    }

    @Test
    void requestedDeadlineMissedIsReportedToTheReaderListener() throws Exception {
        List<RequestedDeadlineMissedStatus> calls = new CopyOnWriteArrayList<>();
        List<Object> sources = new CopyOnWriteArrayList<>();
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(deadline(PERIOD_MS)),
                new DataReaderAdapter<>() {
                    @Override
                    public void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<Shape> event) {
                        calls.add(event.getStatus());
                        sources.add(event.getSource());
                    }
                }, RequestedDeadlineMissedStatus.class);
        DataWriter<Shape> writer = writer(PERIOD_MS);
        awaitMatch(writer);
        writer.write(Shape.of("RED", 1));

        eventually(5, "the listener to hear of two misses", () -> calls.size() >= 2);
        InstanceHandle red = reader.lookupInstance(Shape.of("RED", 0));
        assertEquals(1, calls.get(0).getTotalCount());
        assertEquals(1, calls.get(0).getTotalCountChange());
        assertEquals(red, calls.get(0).getLastInstanceHandle());
        assertEquals(2, calls.get(1).getTotalCount());
        assertEquals(1, calls.get(1).getTotalCountChange());
        assertSame(reader, sources.get(0));
    }

    @Test
    void writingFasterThanThePeriodMissesNoDeadline() throws Exception {
        DataReader<Shape> reader = reader(300);
        DataWriter<Shape> writer = writer(300);
        awaitMatch(writer);
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(700);
        int x = 0;
        while (System.nanoTime() < end) {
            writer.write(Shape.of("RED", x++));
            writer.write(Shape.of("BLUE", x++));
            Thread.sleep(20);
        }
        assertEquals(0, writer.getOfferedDeadlineMissedStatus().getTotalCount());
        assertEquals(0, reader.getRequestedDeadlineMissedStatus().getTotalCount());
        assertFalse(writer.getStatusChanges().contains(OfferedDeadlineMissedStatus.class));
    }

    @Test
    void deadlinesAreCountedPerInstance() throws Exception {
        Set<InstanceHandle> offeredMisses = ConcurrentHashMap.newKeySet();
        Set<InstanceHandle> requestedMisses = ConcurrentHashMap.newKeySet();
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(deadline(300)),
                new DataReaderAdapter<>() {
                    @Override
                    public void onRequestedDeadlineMissed(RequestedDeadlineMissedEvent<Shape> event) {
                        requestedMisses.add(event.getStatus().getLastInstanceHandle());
                    }
                }, RequestedDeadlineMissedStatus.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(deadline(300)),
                new DataWriterAdapter<>() {
                    @Override
                    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<Shape> event) {
                        offeredMisses.add(event.getStatus().getLastInstanceHandle());
                    }
                }, OfferedDeadlineMissedStatus.class);
        awaitMatch(writer);

        // RED is kept fresh, BLUE is written once and then left silent.
        writer.write(Shape.of("BLUE", 0));
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(900);
        while (System.nanoTime() < end) {
            writer.write(Shape.of("RED", 1));
            Thread.sleep(15);
        }
        InstanceHandle blueOnWriter = writer.lookupInstance(Shape.of("BLUE", 0));
        InstanceHandle blueOnReader = reader.lookupInstance(Shape.of("BLUE", 0));
        assertEquals(Set.of(blueOnWriter), offeredMisses, "only the silent instance misses its deadline");
        assertEquals(Set.of(blueOnReader), requestedMisses);
    }

    @Test
    void twoSilentInstancesEachCountAMissPerPeriod() throws Exception {
        DataWriter<Shape> writer = writer(PERIOD_MS);
        writer.write(Shape.of("RED", 1));
        writer.write(Shape.of("BLUE", 1));
        eventually(5, "both instances to miss", () -> totalOffered(writer) >= 2);
        // Both are silent for the same periods, so the total grows by two at a time (give or take
        // the one check in progress).
        Thread.sleep(3 * PERIOD_MS);
        int total = writer.getOfferedDeadlineMissedStatus().getTotalCount();
        assertTrue(total >= 4, "two instances over several periods: " + total);
    }

    private int totalOffered(DataWriter<Shape> writer) {
        return writer.getOfferedDeadlineMissedStatus().getTotalCount();
    }

    @Test
    void unregisteredInstancesMissNoDeadline() throws Exception {
        DataReader<Shape> reader = reader(PERIOD_MS);
        DataWriter<Shape> writer = writer(PERIOD_MS);
        awaitMatch(writer);
        writer.write(Shape.of("RED", 1));
        writer.unregisterInstance(writer.lookupInstance(Shape.of("RED", 0)));
        Thread.sleep(4 * PERIOD_MS);
        assertEquals(0, writer.getOfferedDeadlineMissedStatus().getTotalCount());
        assertEquals(0, reader.getRequestedDeadlineMissedStatus().getTotalCount());
    }

    @Test
    void aReaderWithAnInfiniteDeadlineNeverMisses() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = writer(PERIOD_MS); // offers more than the reader asks
        awaitMatch(writer);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the writer to miss its own deadline", () -> totalOffered(writer) >= 1);
        assertEquals(0, reader.getRequestedDeadlineMissedStatus().getTotalCount());
    }

    @Test
    void aDeadlineSetWithSetQosAppliesToInstancesAlreadyWritten() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        awaitMatch(writer);
        writer.write(Shape.of("RED", 1));

        writer.setQos(writer.getQos().withPolicy(deadline(PERIOD_MS)));
        reader.setQos(reader.getQos().withPolicy(deadline(PERIOD_MS)));
        eventually(5, "the writer to miss its new deadline", () -> totalOffered(writer) >= 1);
        eventually(5, "the reader to miss its new deadline",
                () -> reader.getRequestedDeadlineMissedStatus().getTotalCount() >= 1);
    }

    @Test
    void aDeadlineListenerMayWriteFromItsCallback() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic,
                readerQos(policies.History().withKeepAll(), policies.Reliability().withReliable()));
        List<Integer> refreshed = new CopyOnWriteArrayList<>();
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(deadline(PERIOD_MS)),
                new DataWriterAdapter<>() {
                    @Override
                    public void onOfferedDeadlineMissed(OfferedDeadlineMissedEvent<Shape> event) {
                        // Refresh the late instance from the callback: the writer must not be locked.
                        int x = 100 + refreshed.size();
                        try {
                            event.getSource().write(Shape.of("RED", x));
                            refreshed.add(x);
                        } catch (java.util.concurrent.TimeoutException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }, OfferedDeadlineMissedStatus.class);
        awaitMatch(writer);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the callback to refresh the instance twice", () -> refreshed.size() >= 2);
        eventually(5, "the refreshes to arrive", () -> reader.read(new ArrayList<>()).stream()
                .anyMatch(s -> s.getData().x == 101));
    }
}
