package io.sirocco.rtps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/** Liveliness leases and KEEP_ALL flow control between participants that talk only over RTPS. */
class LivelinessAndFlowControlTest extends RtpsFixture {

    private Duration millis(long ms) {
        return Duration.newDuration(ms, TimeUnit.MILLISECONDS, env);
    }

    private record Pair(DataWriter<Shape> writer, DataReader<Shape> reader) {
    }

    private Pair pair(String topicName, Liveliness liveliness, org.omg.dds.core.policy.ResourceLimits writerLimits,
            org.omg.dds.core.policy.ResourceLimits readerLimits) {
        DomainParticipant a = newParticipant();
        DomainParticipant b = newParticipant();
        Topic<Shape> ta = a.createTopic(topicName, Shape.class);
        Topic<Shape> tb = b.createTopic(topicName, Shape.class);
        Publisher publisher = a.createPublisher();
        DataWriter<Shape> writer = publisher.createDataWriter(ta, publisher.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable().withMaxBlockingTime(millis(200)), policies.History().withKeepAll(),
                liveliness, writerLimits));
        Subscriber subscriber = b.createSubscriber();
        DataReader<Shape> reader = subscriber.createDataReader(tb, subscriber.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll(),
                policies.Liveliness().withKind(liveliness.getKind()).withLeaseDuration(liveliness.getLeaseDuration()),
                readerLimits));
        eventually(10, "writer and reader match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1
                && reader.getSubscriptionMatchedStatus().getCurrentCount() == 1);
        return new Pair(writer, reader);
    }

    @Test
    void manualByTopicWriterLosesLivelinessWithoutAssertionsAndRegainsItWhenAsserted() throws Exception {
        Pair p = pair("ManualByTopic", policies.Liveliness().withManualByTopic().withLeaseDuration(millis(300)),
                policies.ResourceLimits(), policies.ResourceLimits());
        p.writer().write(new Shape("RED", 1));
        eventually(5, "the writer is alive", () -> p.reader().getLivelinessChangedStatus().getAliveCount() == 1);
        eventually(5, "the lease runs out", () -> p.reader().getLivelinessChangedStatus().getNotAliveCount() == 1);
        p.writer().assertLiveliness();
        eventually(5, "the assertion revives it", () -> p.reader().getLivelinessChangedStatus().getAliveCount() == 1);
    }

    @Test
    void automaticWriterStaysAliveWhileItsParticipantRuns() throws Exception {
        Pair p = pair("Automatic", policies.Liveliness().withAutomatic().withLeaseDuration(millis(200)),
                policies.ResourceLimits(), policies.ResourceLimits());
        p.writer().write(new Shape("RED", 1));
        eventually(5, "the writer is alive", () -> p.reader().getLivelinessChangedStatus().getAliveCount() == 1);
        TimeUnit.MILLISECONDS.sleep(1000); // five leases without writing: participant messages keep it alive
        assertEquals(0, p.reader().getLivelinessChangedStatus().getNotAliveCount());
        assertEquals(1, p.reader().getLivelinessChangedStatus().getAliveCount());
    }

    @Test
    void keepAllWriterBlocksWhileTheRemoteReaderIsFullAndResumesWhenItTakes() throws Exception {
        Pair p = pair("FlowControl", policies.Liveliness(), policies.ResourceLimits().withMaxSamples(8),
                policies.ResourceLimits().withMaxSamples(4));
        // The reader takes 4; the writer's 8 unacknowledged samples fill its history; the next write
        // blocks for max_blocking_time and fails.
        List<Integer> written = new ArrayList<>();
        TimeoutException timeout = null;
        for (int i = 0; i < 20 && timeout == null; i++) {
            try {
                p.writer().write(new Shape("RED", i));
                written.add(i);
            } catch (TimeoutException e) {
                timeout = e;
            }
        }
        assertTrue(timeout != null, "a write timed out once the remote reader stopped acknowledging");
        assertTrue(written.size() >= 8 && written.size() <= 12, "written before blocking: " + written.size());
        List<Integer> received = new ArrayList<>();
        eventually(10, "every written sample once the reader takes", () -> {
            for (Shape s : takeData(p.reader())) {
                received.add(s.x);
            }
            return received.size() == written.size();
        });
        assertEquals(written, received);
        p.writer().write(new Shape("RED", 99)); // room again
        eventually(10, "the write after the reader caught up", () -> takeData(p.reader()).size() == 1);
    }

    @Test
    void keepAllWriterWithASmallHistoryIsAcknowledgedWithoutWaitingForThePeriodicHeartbeat() throws Exception {
        writeThroughASmallWindow("SmallWindow", 500, 0);
    }

    @Test
    void fragmentedSamplesAreAcknowledgedWithoutWaitingForThePeriodicHeartbeat() throws Exception {
        writeThroughASmallWindow("SmallWindowLarge", 100, 40_000); // three datagrams each
    }

    private void writeThroughASmallWindow(String topicName, int count, int payloadSize) throws Exception {
        // With a one-minute heartbeat period, only heartbeats piggybacked within the writer's
        // 8-sample window can free its history before each write's 200 ms blocking time runs out.
        System.setProperty("sirocco.heartbeatPeriod", "60000");
        Pair p;
        try {
            p = pair(topicName, policies.Liveliness(), policies.ResourceLimits().withMaxSamples(8),
                    policies.ResourceLimits());
        } finally {
            System.clearProperty("sirocco.heartbeatPeriod");
        }
        for (int i = 0; i < count; i++) {
            Shape shape = new Shape("RED", i);
            shape.payload = new byte[payloadSize];
            p.writer().write(shape); // a TimeoutException fails the test
        }
        List<Integer> received = new ArrayList<>();
        eventually(10, "every sample arrives", () -> {
            for (Shape s : takeData(p.reader())) {
                received.add(s.x);
            }
            return received.size() == count;
        });
        for (int i = 0; i < count; i++) {
            assertEquals(i, received.get(i));
        }
    }
}
