package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InconsistentPolicyException;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.OutOfResourcesException;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * History and ResourceLimits (DCPS 2.2.3.18, 2.2.3.19): what KEEP_LAST keeps, what KEEP_ALL does
 * when a limit is reached (reject on a best-effort path, block and time out on a reliable one), and
 * the consistency rule between the two policies.
 */
class HistoryAndResourceLimitsTest extends DataFixture {

    private ResourceLimits limits(int maxSamples, int maxInstances, int maxSamplesPerInstance) {
        return policies.ResourceLimits().withMaxSamples(maxSamples).withMaxInstances(maxInstances)
                .withMaxSamplesPerInstance(maxSamplesPerInstance);
    }

    private static final int UNLIMITED = ResourceLimits.LENGTH_UNLIMITED;

    private static void write(DataWriter<Shape> writer, String color, int... xs) throws TimeoutException {
        for (int x : xs) {
            writer.write(Shape.of(color, x));
        }
    }

    @Test
    void readerKeepLastKeepsTheNewestSamplesOfEachInstance() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepLast(2));

        write(writer, "red", 1, 2, 3, 4, 5);
        write(writer, "blue", 1, 2);
        write(writer, "green", 1);
        awaitShape(reader, "green", 1);

        List<Sample<Shape>> all = readAll(reader);
        assertEquals(List.of(4, 5), xs(ofInstance(all, reader.lookupInstance(Shape.of("red", 0)))));
        assertEquals(List.of(1, 2), xs(ofInstance(all, reader.lookupInstance(Shape.of("blue", 0)))));
        assertEquals(List.of(1), xs(ofInstance(all, reader.lookupInstance(Shape.of("green", 0)))));
        assertEquals(0, reader.getSampleRejectedStatus().getTotalCount(), "replacing is not rejecting");
    }

    @Test
    void writerKeepLastBoundsWhatALateJoinerGetsNotWhatLiveReadersGet() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(2));
        DataReader<Shape> live = reader(topic, policies.History().withKeepAll());

        write(writer, "red", 1, 2, 3, 4);
        write(writer, "blue", 1);
        awaitShape(live, "blue", 1);
        assertEquals(List.of("red:1", "red:2", "red:3", "red:4", "blue:1"), shapes(readAll(live)));

        DataReader<Shape> late = reader(topic, policies.Durability().withTransientLocal(),
                policies.Reliability().withReliable(), policies.History().withKeepAll());
        awaitShape(late, "blue", 1);
        List<Sample<Shape>> history = readAll(late);
        assertEquals(List.of(3, 4), xs(ofInstance(history, late.lookupInstance(Shape.of("red", 0)))));
        assertEquals(List.of(1), xs(ofInstance(history, late.lookupInstance(Shape.of("blue", 0)))));
    }

    @Test
    void keepAllReaderRejectsSamplesBeyondMaxSamplesPerInstance() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Reliability().withBestEffort());
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll(), limits(UNLIMITED, UNLIMITED, 2));

        write(writer, "red", 1, 2, 3, 4);
        write(writer, "blue", 1);
        awaitShape(reader, "blue", 1);

        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(reader)), "KEEP_ALL keeps the oldest");
        SampleRejectedStatus status = reader.getSampleRejectedStatus();
        assertEquals(2, status.getTotalCount());
        assertEquals(2, status.getTotalCountChange());
        assertEquals(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_PER_INSTANCE_LIMIT, status.getLastReason());
        assertEquals(reader.lookupInstance(Shape.of("red", 0)), status.getLastInstanceHandle());
        assertEquals(0, reader.getSampleRejectedStatus().getTotalCountChange(), "reading the status resets the change");

        takeAll(reader);
        writer.write(Shape.of("red", 5));
        awaitShape(reader, "red", 5);
        assertEquals(2, reader.getSampleRejectedStatus().getTotalCount(), "accepted again once there is room");
    }

    @Test
    void keepAllReaderRejectsSamplesBeyondMaxSamples() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Reliability().withBestEffort());
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll(), limits(3, UNLIMITED, UNLIMITED));

        write(writer, "red", 1, 2);
        write(writer, "blue", 1, 2);
        write(writer, "green", 1);
        eventually(5, "a rejection", () -> reader.getSampleRejectedStatus().getTotalCount() >= 2);

        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(reader)));
        // The status was read by the poll above; the totals stay.
        SampleRejectedStatus status = reader.getSampleRejectedStatus();
        assertEquals(2, status.getTotalCount());
        assertEquals(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_LIMIT, status.getLastReason());
    }

    @Test
    void keepAllReaderRejectsInstancesBeyondMaxInstances() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Reliability().withBestEffort());
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll(), limits(UNLIMITED, 2, UNLIMITED));

        write(writer, "red", 1);
        write(writer, "blue", 1);
        write(writer, "green", 1);
        write(writer, "red", 2);
        awaitShape(reader, "red", 2);

        assertEquals(List.of("red:1", "blue:1", "red:2"), shapes(readAll(reader)));
        assertTrue(reader.lookupInstance(Shape.of("green", 0)).isNil(), "the third instance was not created");
        SampleRejectedStatus status = reader.getSampleRejectedStatus();
        assertEquals(1, status.getTotalCount());
        assertEquals(SampleRejectedStatus.Kind.REJECTED_BY_INSTANCES_LIMIT, status.getLastReason());
    }

    /** A reliable KEEP_ALL reader that holds two samples per instance at most. */
    private DataReader<Shape> smallReliableReader(Topic<Shape> topic) {
        return reader(topic, policies.Reliability().withReliable(), policies.History().withKeepAll(),
                limits(UNLIMITED, UNLIMITED, 2));
    }

    @Test
    void aReliableWriterBlockedByAFullReaderTimesOutAfterMaxBlockingTime() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.History().withKeepAll(),
                policies.Reliability().withReliable().withMaxBlockingTime(200, TimeUnit.MILLISECONDS));
        DataReader<Shape> reader = smallReliableReader(topic);

        write(writer, "red", 1, 2);
        long start = System.nanoTime();
        assertThrows(TimeoutException.class, () -> writer.write(Shape.of("red", 3)));
        long blockedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(blockedMillis >= 100, "write() waited for room before giving up (" + blockedMillis + " ms)");
        assertEquals(List.of(1, 2), xs(readAll(reader)), "the reader kept what it had");

        writer.write(Shape.of("blue", 1));
        awaitShape(reader, "blue", 1);
        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(reader)), "other instances had room");

        reader.take(1).close();
        assertDoesNotThrow(() -> writer.write(Shape.of("red", 4)), "there is room again after a take");
        awaitShape(reader, "red", 4);
    }

    @Test
    void aBlockedReliableWriteCompletesOnceTheReaderTakes() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.History().withKeepAll(),
                policies.Reliability().withReliable().withMaxBlockingTime(30, TimeUnit.SECONDS));
        DataReader<Shape> reader = smallReliableReader(topic);

        write(writer, "red", 1, 2);
        CompletableFuture<Void> blocked = CompletableFuture.runAsync(() -> {
            try {
                writer.write(Shape.of("red", 3));
            } catch (TimeoutException e) {
                throw new AssertionError(e);
            }
        });
        sleep(100);
        assertFalse(blocked.isDone(), "write() waits while the reliable reader is full");

        assertEquals(List.of(1), xs(reader.select().maxSamples(1).take(new ArrayList<>())));
        blocked.get(10, TimeUnit.SECONDS);
        awaitShape(reader, "red", 3);
        assertEquals(List.of(2, 3), xs(readAll(reader)));
    }

    @Test
    void aBestEffortWriterDoesNotBlockOnAFullReaderWhoseSamplesAreRejected() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.History().withKeepAll(),
                policies.Reliability().withBestEffort().withMaxBlockingTime(60, TimeUnit.SECONDS));
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll(), limits(UNLIMITED, UNLIMITED, 1));

        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
            try {
                write(writer, "red", 1, 2, 3);
            } catch (TimeoutException e) {
                throw new AssertionError(e);
            }
        });
        writes.get(10, TimeUnit.SECONDS);
        eventually(5, "two rejections", () -> reader.getSampleRejectedStatus().getTotalCount() == 2);
        assertEquals(List.of(1), xs(readAll(reader)));
    }

    @Test
    void aReliableWriterDoesNotBlockOnAFullBestEffortReader() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.History().withKeepAll(),
                policies.Reliability().withReliable().withMaxBlockingTime(60, TimeUnit.SECONDS));
        DataReader<Shape> reader = reader(topic, policies.Reliability().withBestEffort(),
                policies.History().withKeepAll(), limits(UNLIMITED, UNLIMITED, 1));

        CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
            try {
                write(writer, "red", 1, 2, 3);
            } catch (TimeoutException e) {
                throw new AssertionError(e);
            }
        });
        writes.get(10, TimeUnit.SECONDS);
        eventually(5, "two rejections", () -> reader.getSampleRejectedStatus().getTotalCount() == 2);
        assertEquals(List.of(1), xs(readAll(reader)));
    }

    @Test
    void writerMaxInstancesLimitsRegisteredInstances() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, limits(UNLIMITED, 2, UNLIMITED),
                policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false));

        writer.write(Shape.of("red", 1));
        InstanceHandle blue = writer.registerInstance(Shape.of("blue", 0));
        assertThrows(OutOfResourcesException.class, () -> writer.registerInstance(Shape.of("green", 0)));
        assertThrows(OutOfResourcesException.class, () -> writer.write(Shape.of("green", 1)));
        assertTrue(writer.lookupInstance(Shape.of("green", 0)).isNil());
        assertDoesNotThrow(() -> writer.write(Shape.of("red", 2)), "known instances can still be written");

        writer.unregisterInstance(blue);
        assertDoesNotThrow(() -> writer.write(Shape.of("green", 1)), "unregistering frees an instance slot");
    }

    @Test
    void historyDepthBeyondMaxSamplesPerInstanceIsInconsistent() {
        Topic<Shape> topic = shapeTopic();
        assertThrows(InconsistentPolicyException.class, () -> publisher.createDataWriter(topic,
                writerQos(policies.History().withKeepLast(5), limits(UNLIMITED, UNLIMITED, 2))));
        assertThrows(InconsistentPolicyException.class, () -> subscriber.createDataReader(topic,
                readerQos(policies.History().withKeepLast(5), limits(UNLIMITED, UNLIMITED, 2))));
        assertThrows(InconsistentPolicyException.class, () -> subscriber.createDataReader(topic,
                readerQos(policies.History().withKeepAll(), limits(2, UNLIMITED, 5))),
                "max_samples below max_samples_per_instance");
        assertDoesNotThrow(() -> subscriber.createDataReader(topic,
                readerQos(policies.History().withKeepLast(2), limits(UNLIMITED, UNLIMITED, 2))));
        assertTrue(publisher.lookupDataWriter(topic) == null, "no writer was created by the failed calls");
    }
}
