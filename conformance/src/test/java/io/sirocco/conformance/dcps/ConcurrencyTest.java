package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Condition;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * Thread safety as applications rely on it: concurrent writers and takers lose, duplicate and
 * reorder nothing; entities can be created and closed from several threads at once; a WaitSet
 * wakes up for writes made by other threads; listeners that call back into DDS while other
 * threads reconfigure entities do not deadlock. Time limits are generous deadlock guards, not
 * performance thresholds.
 */
class ConcurrencyTest extends DcpsFixture {
    private static final Duration GUARD = Duration.ofSeconds(120);

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private DataWriterQos reliableKeepAllWriter() {
        return writerQos(policies.Reliability().withReliable(), policies.History().withKeepAll());
    }

    private DataReaderQos reliableKeepAllReader() {
        return readerQos(policies.Reliability().withReliable(), policies.History().withKeepAll());
    }

    /** Waits for every future, rethrowing the first failure of a thread. */
    private static void joinAll(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
    }

    @Test
    void concurrentWritersAndTakersDeliverEverySampleExactlyOnceInPerWriterOrder() {
        int writers = 4;
        int perWriter = 2000;
        assertTimeoutPreemptively(GUARD, () -> {
            Topic<Shape> topic = participant.createTopic("Concurrent", Shape.class);
            List<DataReader<Shape>> readers = List.of(subscriber.createDataReader(topic, reliableKeepAllReader()),
                    participant.createSubscriber().createDataReader(topic, reliableKeepAllReader()));
            List<DataWriter<Shape>> dataWriters = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                Publisher own = participant.createPublisher();
                dataWriters.add(own.createDataWriter(topic, own.getDefaultDataWriterQos().withPolicies(
                        policies.Reliability().withReliable(), policies.History().withKeepAll())));
            }
            for (DataReader<Shape> reader : readers) {
                eventually(5, "all writers to match", () -> reader.getMatchedPublications().size() == writers);
            }

            // One thread per reader takes while the writers write.
            List<Map<String, List<Integer>>> received = new ArrayList<>();
            List<Future<?>> takers = new ArrayList<>();
            for (DataReader<Shape> reader : readers) {
                Map<String, List<Integer>> got = new HashMap<>();
                received.add(got);
                takers.add(pool.submit(() -> {
                    int total = 0;
                    while (total < writers * perWriter) {
                        List<Sample<Shape>> batch = reader.take(new ArrayList<>());
                        for (Sample<Shape> sample : batch) {
                            Shape shape = sample.getData();
                            if (shape != null) {
                                got.computeIfAbsent(shape.color, c -> new ArrayList<>()).add(shape.x);
                                total++;
                            }
                        }
                        if (batch.isEmpty()) {
                            Thread.sleep(1);
                        }
                    }
                    return null;
                }));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                DataWriter<Shape> writer = dataWriters.get(w);
                String color = "W" + w;
                writing.add(pool.submit(() -> {
                    start.await();
                    for (int seq = 0; seq < perWriter; seq++) {
                        writer.write(new Shape(color, seq, 0, 1));
                    }
                    return null;
                }));
            }
            start.countDown();
            joinAll(writing);
            joinAll(takers);

            List<Integer> expected = java.util.stream.IntStream.range(0, perWriter).boxed().toList();
            for (Map<String, List<Integer>> got : received) {
                assertEquals(writers, got.size(), "samples from every writer");
                for (int w = 0; w < writers; w++) {
                    assertEquals(expected, got.get("W" + w), "writer W" + w + ": each sample once, in order");
                }
            }
            for (DataReader<Shape> reader : readers) {
                assertTrue(reader.take(new ArrayList<>()).stream().noneMatch(s -> s.getData() != null),
                        "nothing beyond what was written");
            }
        });
    }

    @Test
    void severalThreadsTakingFromOneReaderShareTheSamplesWithoutDuplicates() {
        int perWriter = 3000;
        assertTimeoutPreemptively(GUARD, () -> {
            Topic<Shape> topic = participant.createTopic("SharedReader", Shape.class);
            DataReader<Shape> reader = subscriber.createDataReader(topic, reliableKeepAllReader());
            DataWriter<Shape> writer = publisher.createDataWriter(topic, reliableKeepAllWriter());
            eventually(5, "match", () -> reader.getMatchedPublications().size() == 1);

            Map<Integer, Integer> seen = new ConcurrentHashMap<>();
            AtomicInteger total = new AtomicInteger();
            List<Future<?>> takers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                takers.add(pool.submit(() -> {
                    while (total.get() < perWriter) {
                        try (Sample.Iterator<Shape> samples = reader.take(16)) {
                            while (samples.hasNext()) {
                                Shape shape = samples.next().getData();
                                if (shape != null) {
                                    seen.merge(shape.x, 1, Integer::sum);
                                    total.incrementAndGet();
                                }
                            }
                        }
                        Thread.yield();
                    }
                    return null;
                }));
            }
            for (int seq = 0; seq < perWriter; seq++) {
                writer.write(new Shape("C" + (seq % 7), seq, 0, 1));
            }
            joinAll(takers);
            assertEquals(perWriter, seen.size(), "every sample taken");
            assertTrue(seen.values().stream().allMatch(n -> n == 1), "no sample taken twice");
        });
    }

    @Test
    void entitiesCanBeCreatedAndClosedFromSeveralThreadsAtOnce() {
        int threads = 8;
        int rounds = 40;
        assertTimeoutPreemptively(GUARD, () -> {
            CopyOnWriteArrayList<Throwable> failures = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                work.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        try {
                            // All threads share one topic name: create and close race on its references.
                            Topic<Shape> topic = participant.createTopic("Churn", Shape.class);
                            Publisher pub = participant.createPublisher();
                            Subscriber sub = participant.createSubscriber();
                            DataWriter<Shape> writer = pub.createDataWriter(topic);
                            DataReader<Shape> reader = sub.createDataReader(topic);
                            writer.write(new Shape("T" + id, round, 0, 1));
                            reader.take(new ArrayList<>());
                            if (round % 2 == 0) {
                                pub.close();
                                sub.close();
                            } else {
                                writer.close();
                                reader.close();
                                pub.closeContainedEntities();
                                sub.closeContainedEntities();
                                pub.close();
                                sub.close();
                            }
                            topic.close();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }
                    return null;
                }));
            }
            // Meanwhile, participants come and go in the same domain.
            work.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < rounds; round++) {
                    DomainParticipant passing = factory.createParticipant(domainId);
                    passing.createTopic("Churn", Shape.class);
                    participant.getDiscoveredParticipants();
                    passing.close();
                }
                return null;
            }));
            start.countDown();
            joinAll(work);
            assertEquals(List.of(), failures.stream().map(Throwable::toString).distinct().toList());
            assertNull(participant.lookupTopicDescription("Churn"), "every reference to the topic was closed");
            assertEquals(List.of(), participant.getDiscoveredParticipants().stream()
                    .filter(h -> !h.equals(participant.getInstanceHandle())).toList(),
                    "the participants that came and went are forgotten");
        });
    }

    @Test
    void creatingATopicWhileAnotherThreadClosesItsLastReferenceGivesAnOpenTopic() {
        int threads = 4;
        int rounds = 2000;
        assertTimeoutPreemptively(GUARD, () -> {
            CopyOnWriteArrayList<String> failures = new CopyOnWriteArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                work.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < rounds && failures.isEmpty(); round++) {
                        Topic<Shape> topic = participant.createTopic("Race", Shape.class);
                        try {
                            publisher.createDataWriter(topic).close();
                        } catch (RuntimeException e) {
                            failures.add("round " + round + ": " + e);
                        }
                        topic.close();
                    }
                    return null;
                }));
            }
            start.countDown();
            joinAll(work);
            assertEquals(List.of(), failures);
            assertNull(participant.lookupTopicDescription("Race"));
        });
    }

    @Test
    void aWaitSetWakesUpForWritesFromAnotherThread() {
        int rounds = 200;
        assertTimeoutPreemptively(GUARD, () -> {
            Topic<Shape> topic = participant.createTopic("Wake", Shape.class);
            DataReader<Shape> reader = subscriber.createDataReader(topic, reliableKeepAllReader());
            DataWriter<Shape> writer = publisher.createDataWriter(topic, reliableKeepAllWriter());
            eventually(5, "match", () -> reader.getMatchedPublications().size() == 1);
            ReadCondition<Shape> anyData = reader.createReadCondition(subscriber.createDataState()
                    .withAnySampleState().withAnyViewState().withAnyInstanceState());
            WaitSet waitSet = WaitSet.newWaitSet(env);
            waitSet.attachCondition(anyData);

            // Ping-pong: the writer thread writes the next sample only after the waiter took the last.
            java.util.concurrent.SynchronousQueue<Integer> taken = new java.util.concurrent.SynchronousQueue<>();
            Future<?> writing = pool.submit(() -> {
                for (int i = 0; i < rounds; i++) {
                    writer.write(Shape.of("PING", i));
                    assertEquals(i, taken.take());
                }
                return null;
            });
            for (int i = 0; i < rounds; i++) {
                List<Condition> active = new ArrayList<>();
                waitSet.waitForConditions(active, 30, TimeUnit.SECONDS);
                assertEquals(List.of(anyData), active);
                List<Sample<Shape>> samples = reader.take(new ArrayList<>());
                assertEquals(1, samples.size());
                taken.put(samples.get(0).getData().x);
            }
            writing.get();
            waitSet.detachCondition(anyData);
        });
    }

    @Test
    void listenersCallingBackIntoDdsWhileOtherThreadsReconfigureDoNotDeadlock() {
        assertTimeoutPreemptively(GUARD, () -> {
            Topic<Shape> ping = participant.createTopic("Ping", Shape.class);
            Topic<Shape> pong = participant.createTopic("Pong", Shape.class);
            DataWriter<Shape> pongWriter = publisher.createDataWriter(pong, reliableKeepAllWriter());
            AtomicInteger echoed = new AtomicInteger();
            // The listener takes, writes to another topic and reads statuses, on the delivering thread.
            DataReader<Shape> echo = subscriber.createDataReader(ping, reliableKeepAllReader(),
                    new DataReaderAdapter<>() {
                        @Override
                        public void onDataAvailable(DataAvailableEvent<Shape> event) {
                            DataReader<Shape> source = event.getSource();
                            for (Sample<Shape> sample : source.take(new ArrayList<>())) {
                                if (sample.getData() != null) {
                                    try {
                                        pongWriter.write(sample.getData());
                                    } catch (java.util.concurrent.TimeoutException e) {
                                        throw new IllegalStateException(e);
                                    }
                                    echoed.incrementAndGet();
                                }
                            }
                            source.getSubscriptionMatchedStatus();
                            pongWriter.getPublicationMatchedStatus();
                        }
                    }, DataAvailableStatus.class);
            DataReader<Shape> pongReader = subscriber.createDataReader(pong, reliableKeepAllReader());

            int writers = 3;
            int perWriter = 300;
            AtomicBoolean done = new AtomicBoolean();
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String color = "P" + w;
                work.add(pool.submit(() -> {
                    DataWriter<Shape> writer = participant.createPublisher().createDataWriter(ping,
                            reliableKeepAllWriter());
                    for (int i = 0; i < perWriter; i++) {
                        writer.write(new Shape(color, i, 0, 1));
                    }
                    return null;
                }));
            }
            // Reconfiguration and churn on other threads while data flows.
            Future<?> churn = pool.submit(() -> {
                int round = 0;
                while (!done.get()) {
                    byte[] data = {(byte) round};
                    echo.setQos(echo.getQos().withPolicy(policies.UserData().withValue(data, 0, 1)));
                    pongWriter.setQos(pongWriter.getQos().withPolicy(
                            policies.Deadline().withPeriod(1 + round % 5, TimeUnit.HOURS)));
                    DataReader<Shape> passing = subscriber.createDataReader(ping);
                    passing.take(new ArrayList<>());
                    passing.close();
                    round++;
                }
                return null;
            });
            joinAll(work);
            eventually(60, "every ping echoed", () -> echoed.get() == writers * perWriter);
            done.set(true);
            churn.get();
            eventually(60, "every pong received", () -> pongReader.read(new ArrayList<>()).stream()
                    .filter(s -> s.getData() != null).count() == writers * perWriter);
            echo.setListener(null); // its calls into pongWriter must not outlive the test
        });
    }
}
