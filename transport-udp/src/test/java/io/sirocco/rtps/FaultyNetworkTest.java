package io.sirocco.rtps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.rtps.net.TransportStatistics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * Delivery guarantees over a network that loses, reorders and duplicates datagrams: the transport's
 * fault injector does it to every datagram both participants receive (data, heartbeats,
 * acknowledgements and discovery alike), with a fixed seed so that a failure can be replayed.
 */
class FaultyNetworkTest extends RtpsFixture {
    private static final long SEED = 20_260_522L;
    private static final double LOSS = 0.10;
    private static final double REORDER = 0.10;
    private static final double DUPLICATE = 0.05;

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void reliableKeepAllDeliversAMillionSamplesExactlyOnceInOrderDespiteLossReorderingAndDuplication()
            throws Exception {
        int count = 1_000_000;
        Link link = link("Million", true, LOSS, REORDER, DUPLICATE);
        long start = System.nanoTime();
        CompletableFuture<Void> writing = writeInBackground(link.writer, count, 0);
        int[] next = {0};
        takeUntil(link.reader, 540, () -> next[0] == count || writing.isCompletedExceptionally(), shape -> {
            assertEquals(next[0], shape.x, "sample " + next[0] + " arrives next, exactly once");
            assertEquals(valueOf(next[0]), shape.y, "sample " + next[0] + " arrives intact");
            next[0]++;
        });
        writing.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertNothingMoreArrives(link);
        report("reliable KEEP_ALL, " + count + " samples", seconds, count, link);
        assertFaultsWereInjected(link.b);
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void reliableFragmentedSamplesArriveIntactDespiteLossReorderingAndDuplication() throws Exception {
        int count = 200;
        int size = 100_000; // 75 fragments of 1344 bytes, 8 datagrams: most samples lose a fragment
        Link link = link("Large", true, LOSS, REORDER, DUPLICATE);
        long start = System.nanoTime();
        CompletableFuture<Void> writing = writeInBackground(link.writer, count, size);
        int[] next = {0};
        takeUntil(link.reader, 240, () -> next[0] == count || writing.isCompletedExceptionally(), shape -> {
            assertEquals(next[0], shape.x, "sample " + next[0] + " arrives next, exactly once");
            assertArrayEquals(payloadOf(next[0], size), shape.payload, "sample " + next[0] + " arrives intact");
            next[0]++;
        });
        writing.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        assertNothingMoreArrives(link);
        report("reliable KEEP_ALL, " + count + " samples of " + size + " B", seconds, count, link);
        assertFaultsWereInjected(link.b);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void bestEffortUnderLossNeverDeliversADuplicateOrAnOlderSample() throws Exception {
        int count = 100_000;
        Link link = link("BestEffort", false, LOSS, REORDER, DUPLICATE);
        long start = System.nanoTime();
        // Paced, so that what is lost is what the faults drop, not what a receive buffer cannot hold.
        writeInBackground(link.writer, count, 0, 200).join();
        int[] last = {-1};
        int[] received = {0};
        // Best effort has no end marker, and the last datagram may be lost or held back: markers
        // (values from count on) are written until one arrives.
        Shape marker = new Shape("RED", count);
        takeUntil(link.reader, 60, () -> last[0] >= count, shape -> {
            assertTrue(shape.x > last[0], "sample " + shape.x + " after sample " + last[0]);
            assertEquals(valueOf(shape.x), shape.y, "sample " + shape.x + " arrives intact");
            last[0] = shape.x;
            received[0] += shape.x < count ? 1 : 0;
        }, () -> {
            marker.y = valueOf(marker.x);
            link.writer.write(marker);
            marker.x++;
            Thread.sleep(5);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        report("best effort, " + count + " samples, " + received[0] + " delivered", seconds, received[0], link);
        assertTrue(received[0] < count, "with 10 % loss some samples are lost");
        assertTrue(received[0] > count / 2, "most samples arrive: " + received[0]);
        assertFaultsWereInjected(link.b);
    }

    // ------------------------------------------------------------------ helpers

    private record Link(DomainParticipant a, DomainParticipant b, DataWriter<Shape> writer, DataReader<Shape> reader) {
    }

    /** Participants a (writer) and b (reader) on a faulty network, matched on {@code topicName}. */
    private Link link(String topicName, boolean reliable, double loss, double reorder, double duplicate) {
        DomainParticipant a;
        DomainParticipant b;
        try (InjectedFaults faults = InjectedFaults.set(loss, reorder, duplicate, SEED)) {
            a = newParticipant();
            b = newParticipant();
        }
        Topic<Shape> ta = a.createTopic(topicName, Shape.class);
        Topic<Shape> tb = b.createTopic(topicName, Shape.class);
        Publisher publisher = a.createPublisher();
        DataWriterQos writerQos = publisher.getDefaultDataWriterQos().withPolicies(
                reliable ? policies.Reliability().withReliable().withMaxBlockingTime(60, TimeUnit.SECONDS)
                        : policies.Reliability().withBestEffort(),
                policies.History().withKeepAll(),
                // Flow control: the writer waits for acknowledgements rather than buffering a million samples.
                policies.ResourceLimits().withMaxSamples(reliable ? 20_000 : -1));
        DataWriter<Shape> writer = publisher.createDataWriter(ta, writerQos);
        Subscriber subscriber = b.createSubscriber();
        DataReaderQos readerQos = subscriber.getDefaultDataReaderQos().withPolicies(
                reliable ? policies.Reliability().withReliable() : policies.Reliability().withBestEffort(),
                policies.History().withKeepAll());
        DataReader<Shape> reader = subscriber.createDataReader(tb, readerQos);
        eventually(20, "the writer matches the remote reader",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1
                        && reader.getSubscriptionMatchedStatus().getCurrentCount() == 1);
        return new Link(a, b, writer, reader);
    }

    private static int valueOf(int index) {
        return index * 31 + 7;
    }

    private static byte[] payloadOf(int index, int size) {
        byte[] payload = new byte[size];
        for (int i = 0; i < size; i++) {
            payload[i] = (byte) (index * 131 + i * 7);
        }
        return payload;
    }

    /** Writes samples 0..count-1 (one instance) on a thread of its own: a flow-controlled write blocks. */
    private static CompletableFuture<Void> writeInBackground(DataWriter<Shape> writer, int count, int payloadSize) {
        return writeInBackground(writer, count, payloadSize, Integer.MAX_VALUE);
    }

    /** Writes samples 0..count-1, pausing a millisecond after every {@code burst} samples. */
    private static CompletableFuture<Void> writeInBackground(DataWriter<Shape> writer, int count, int payloadSize,
            int burst) {
        return CompletableFuture.runAsync(() -> {
            Shape shape = new Shape("RED", 0);
            for (int i = 0; i < count; i++) {
                if (i > 0 && i % burst == 0) {
                    LockSupport.parkNanos(1_000_000);
                }
                shape.x = i;
                shape.y = valueOf(i);
                if (payloadSize > 0) {
                    shape.payload = payloadOf(i, payloadSize);
                }
                try {
                    writer.write(shape);
                } catch (TimeoutException e) {
                    throw new AssertionError("write " + i + " timed out waiting for acknowledgements", e);
                }
            }
        }, task -> Thread.ofPlatform().daemon().name("faulty-network-writer").start(task));
    }

    private interface Check {
        void accept(Shape shape);
    }

    private interface Idle {
        void run() throws Exception;
    }

    private static void takeUntil(DataReader<Shape> reader, double seconds, BooleanSupplier done, Check check)
            throws Exception {
        takeUntil(reader, seconds, done, check, () -> Thread.sleep(1));
    }

    /** Takes and checks samples until {@code done} holds, running {@code idle} when there are none. */
    private static void takeUntil(DataReader<Shape> reader, double seconds, BooleanSupplier done, Check check,
            Idle idle) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!done.getAsBoolean()) {
            if (!takeAvailable(reader, check)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + seconds + " s");
                }
                idle.run();
            }
        }
    }

    /** Takes what the reader has; false when it had nothing. */
    private static boolean takeAvailable(DataReader<Shape> reader, Check check) {
        boolean any = false;
        try (Sample.Iterator<Shape> samples = reader.take()) {
            while (samples.hasNext()) {
                Shape shape = samples.next().getData();
                if (shape != null) {
                    check.accept(shape);
                    any = true;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return any;
    }

    /** Once the writer has its acknowledgements, no retransmission may add a late duplicate. */
    private void assertNothingMoreArrives(Link link) throws Exception {
        link.writer.waitForAcknowledgments(30, TimeUnit.SECONDS);
        Thread.sleep(300);
        takeAvailable(link.reader, shape -> {
            throw new AssertionError("sample " + shape.x + " arrived again");
        });
    }

    private static void assertFaultsWereInjected(DomainParticipant participant) {
        TransportStatistics statistics = RtpsTransport.statistics(participant).orElseThrow();
        assertTrue(statistics.injectedLosses() > 0 && statistics.injectedReorders() > 0
                && statistics.injectedDuplicates() > 0, statistics.toString());
    }

    private static void report(String what, double seconds, int samples, Link link) {
        System.out.printf("%s: %.1f s (%.0f samples/s); writer side %s; reader side %s%n", what, seconds,
                samples / seconds, RtpsTransport.statistics(link.a).orElseThrow(),
                RtpsTransport.statistics(link.b).orElseThrow());
    }
}
