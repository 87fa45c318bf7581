package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.DataOnReadersEvent;
import org.omg.dds.core.event.LivelinessChangedEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;
import org.omg.dds.core.event.SubscriptionMatchedEvent;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.Status;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.domain.DomainParticipantAdapter;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterAdapter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.DataReaderListener;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.domain.DomainParticipant;

/**
 * Listeners (DCPS 2.2.4.2): a status change goes to the most specific listener enabled for it —
 * the entity's own, else its publisher's or subscriber's, else its participant's; DATA_ON_READERS
 * takes precedence over DATA_AVAILABLE; listener calls reset the status they report, run with no
 * internal lock held, and a failing listener does not stop delivery.
 */
class ListenerPropagationTest extends DcpsFixture {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private Topic<Shape> topic;

    @BeforeEach
    void createTopic() {
        topic = participant.createTopic("ListenedShapes", Shape.class);
    }

    /** A reader listener that records its calls as "who.callback". */
    private DataReaderListener<Shape> readerRecorder(String who) {
        return new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                calls.add(who + ".onDataAvailable");
            }

            @Override
            public void onSubscriptionMatched(SubscriptionMatchedEvent<Shape> event) {
                calls.add(who + ".onSubscriptionMatched");
            }

            @Override
            public void onLivelinessChanged(LivelinessChangedEvent<Shape> event) {
                calls.add(who + ".onLivelinessChanged");
            }
        };
    }

    /** A participant, publisher or subscriber listener that records its calls as "who.callback". */
    private DomainParticipantAdapter groupRecorder(String who) {
        return new DomainParticipantAdapter() {
            @Override
            public void onDataAvailable(DataAvailableEvent<?> event) {
                calls.add(who + ".onDataAvailable");
            }

            @Override
            public void onDataOnReaders(DataOnReadersEvent event) {
                calls.add(who + ".onDataOnReaders");
            }

            @Override
            public void onSubscriptionMatched(SubscriptionMatchedEvent<?> event) {
                calls.add(who + ".onSubscriptionMatched");
            }

            @Override
            public void onPublicationMatched(PublicationMatchedEvent<?> event) {
                calls.add(who + ".onPublicationMatched");
            }

            @Override
            public void onLivelinessChanged(LivelinessChangedEvent<?> event) {
                calls.add(who + ".onLivelinessChanged");
            }
        };
    }

    private List<String> callsOf(String callback) {
        return calls.stream().filter(c -> c.endsWith("." + callback)).toList();
    }

    private DataWriter<Shape> matchedWriter(DataReader<Shape> reader) {
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "the writer to match", () -> reader.getMatchedPublications().size() == 1);
        return writer;
    }

    private DataReader<Shape> reliableReader(DataReaderListener<Shape> listener, Class<? extends Status> status) {
        return subscriber.createDataReader(topic, readerQos(policies.Reliability().withReliable(),
                policies.History().withKeepAll()), listener, status);
    }

    @Test
    void theReadersOwnListenerWinsOverTheSubscribersAndTheParticipants() throws Exception {
        participant.setListener(groupRecorder("participant"), DataAvailableStatus.class);
        subscriber.setListener(groupRecorder("subscriber"), DataAvailableStatus.class);
        DataReader<Shape> reader = reliableReader(readerRecorder("reader"), DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_AVAILABLE call", () -> !callsOf("onDataAvailable").isEmpty());
        assertEquals(List.of("reader.onDataAvailable"), callsOf("onDataAvailable"));
    }

    @Test
    void statusesTheReaderDoesNotListenToGoToTheSubscriber() throws Exception {
        participant.setListener(groupRecorder("participant"), DataAvailableStatus.class,
                SubscriptionMatchedStatus.class);
        subscriber.setListener(groupRecorder("subscriber"), DataAvailableStatus.class);
        DataReader<Shape> reader = reliableReader(readerRecorder("reader"), SubscriptionMatchedStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_AVAILABLE call", () -> !callsOf("onDataAvailable").isEmpty());
        assertEquals(List.of("reader.onSubscriptionMatched"), callsOf("onSubscriptionMatched"));
        assertEquals(List.of("subscriber.onDataAvailable"), callsOf("onDataAvailable"));
    }

    @Test
    void theParticipantListenerIsTheLastResort() throws Exception {
        participant.setListener(groupRecorder("participant"), DataAvailableStatus.class,
                SubscriptionMatchedStatus.class, PublicationMatchedStatus.class);
        subscriber.setListener(groupRecorder("subscriber"), LivelinessChangedStatus.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_AVAILABLE call", () -> !callsOf("onDataAvailable").isEmpty());
        assertEquals(List.of("participant.onDataAvailable"), callsOf("onDataAvailable"));
        assertEquals(List.of("participant.onSubscriptionMatched"), callsOf("onSubscriptionMatched"));
        assertEquals(List.of("participant.onPublicationMatched"), callsOf("onPublicationMatched"));
        assertEquals(List.of("subscriber.onLivelinessChanged"), callsOf("onLivelinessChanged"));
    }

    @Test
    void thePublisherListenerHearsWriterStatusesWithTheWriterAsSource() {
        AtomicReference<Object> source = new AtomicReference<>();
        publisher.setListener(new DomainParticipantAdapter() {
            @Override
            public void onPublicationMatched(PublicationMatchedEvent<?> event) {
                source.set(event.getSource());
                calls.add("publisher.onPublicationMatched");
            }
        }, PublicationMatchedStatus.class);
        subscriber.createDataReader(topic);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "the publisher listener to be called", () -> source.get() != null);
        assertSame(writer, source.get());
        assertEquals(List.of("publisher.onPublicationMatched"), calls);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyVarargsStatusListMeansNoStatus() throws Exception {
        subscriber.setListener(groupRecorder("subscriber"), DataAvailableStatus.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        reader.setListener(readerRecorder("reader"), new Class[0]);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_AVAILABLE call", () -> !callsOf("onDataAvailable").isEmpty());
        assertEquals(List.of("subscriber.onDataAvailable"), callsOf("onDataAvailable"));
        assertTrue(calls.stream().noneMatch(c -> c.startsWith("reader.")), "reader listener called: " + calls);
    }

    @Test
    void aCollectionOfStatusesSelectsWhatTheListenerHears() throws Exception {
        subscriber.setListener(groupRecorder("subscriber"), DataAvailableStatus.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        reader.setListener(readerRecorder("reader"), List.of(SubscriptionMatchedStatus.class));
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_AVAILABLE call", () -> !callsOf("onDataAvailable").isEmpty());
        assertEquals(List.of("reader.onSubscriptionMatched"), callsOf("onSubscriptionMatched"));
        assertEquals(List.of("subscriber.onDataAvailable"), callsOf("onDataAvailable"));
        assertEquals(List.of(), callsOf("onLivelinessChanged"), "LIVELINESS_CHANGED is not in the set");
    }

    @Test
    void aListenerSetWithoutStatusesHearsEveryStatus() throws Exception {
        subscriber.setListener(groupRecorder("subscriber"), DataAvailableStatus.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        reader.setListener(readerRecorder("reader"));
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_AVAILABLE call", () -> !callsOf("onDataAvailable").isEmpty());
        assertEquals(List.of("reader.onDataAvailable"), callsOf("onDataAvailable"));
        assertEquals(List.of("reader.onSubscriptionMatched"), callsOf("onSubscriptionMatched"));
        assertEquals(List.of("reader.onLivelinessChanged"), callsOf("onLivelinessChanged"));
    }

    @Test
    void dataOnReadersOnTheSubscriberTakesPrecedenceOverDataAvailable() throws Exception {
        subscriber.setListener(groupRecorder("subscriber"), DataOnReadersStatus.class);
        DataReader<Shape> reader = reliableReader(readerRecorder("reader"), DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_ON_READERS call", () -> !callsOf("onDataOnReaders").isEmpty());
        assertEquals(List.of("subscriber.onDataOnReaders"), callsOf("onDataOnReaders"));
        assertEquals(List.of(), callsOf("onDataAvailable"));
        assertTrue(reader.getStatusChanges().contains(DataAvailableStatus.class),
                "the reader's data is still unread");
        assertFalse(subscriber.getStatusChanges().contains(DataOnReadersStatus.class),
                "the listener call took DATA_ON_READERS");
    }

    @Test
    void dataOnReadersOnTheParticipantTakesPrecedenceOverDataAvailable() throws Exception {
        participant.setListener(groupRecorder("participant"), DataOnReadersStatus.class);
        DataReader<Shape> reader = reliableReader(readerRecorder("reader"), DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 1));
        eventually(5, "a DATA_ON_READERS call", () -> !callsOf("onDataOnReaders").isEmpty());
        assertEquals(List.of("participant.onDataOnReaders"), callsOf("onDataOnReaders"));
        assertEquals(List.of(), callsOf("onDataAvailable"));
    }

    @Test
    void notifyDataReadersCallsTheReadersOnDataAvailable() throws Exception {
        subscriber.setListener(new DomainParticipantAdapter() {
            @Override
            public void onDataOnReaders(DataOnReadersEvent event) {
                calls.add("subscriber.onDataOnReaders");
                event.getSource().notifyDataReaders();
                calls.add("subscriber.notified");
            }
        }, DataOnReadersStatus.class);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                calls.add("reader.onDataAvailable");
                for (Sample<Shape> sample : event.getSource().take(new ArrayList<>())) {
                    seen.add(sample.getData().x);
                }
            }
        }, DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        writer.write(Shape.of("RED", 7));
        eventually(5, "the notification to finish", () -> calls.contains("subscriber.notified"));
        assertEquals(List.of("subscriber.onDataOnReaders", "reader.onDataAvailable", "subscriber.notified"), calls);
        assertEquals(List.of(7), seen);
    }

    @Test
    void readingAStatusResetsItsChangeFlagAndCounts() {
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = matchedWriter(reader);
        assertTrue(reader.getStatusChanges().contains(SubscriptionMatchedStatus.class));
        assertTrue(writer.getStatusChanges().contains(PublicationMatchedStatus.class));

        SubscriptionMatchedStatus first = reader.getSubscriptionMatchedStatus();
        assertEquals(1, first.getCurrentCount());
        assertEquals(1, first.getCurrentCountChange());
        assertEquals(1, first.getTotalCountChange());
        assertFalse(reader.getStatusChanges().contains(SubscriptionMatchedStatus.class));
        SubscriptionMatchedStatus second = reader.getSubscriptionMatchedStatus();
        assertEquals(1, second.getCurrentCount());
        assertEquals(0, second.getCurrentCountChange());
        assertEquals(0, second.getTotalCountChange());

        writer.getPublicationMatchedStatus();
        assertFalse(writer.getStatusChanges().contains(PublicationMatchedStatus.class));
    }

    @Test
    void aListenerCallResetsTheStatusItReports() {
        List<SubscriptionMatchedStatus> heard = new CopyOnWriteArrayList<>();
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(), new DataReaderAdapter<>() {
            @Override
            public void onSubscriptionMatched(SubscriptionMatchedEvent<Shape> event) {
                heard.add(event.getStatus());
            }
        }, SubscriptionMatchedStatus.class);
        matchedWriter(reader);
        eventually(5, "the listener call", () -> !heard.isEmpty());

        assertEquals(1, heard.get(0).getCurrentCountChange());
        assertFalse(reader.getStatusChanges().contains(SubscriptionMatchedStatus.class));
        SubscriptionMatchedStatus afterwards = reader.getSubscriptionMatchedStatus();
        assertEquals(1, afterwards.getCurrentCount());
        assertEquals(0, afterwards.getCurrentCountChange(), "the listener already reported the change");
    }

    @Test
    void readingTheDataResetsDataAvailable() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = matchedWriter(reader);
        writer.write(Shape.of("RED", 1));
        eventually(5, "DATA_AVAILABLE", () -> reader.getStatusChanges().contains(DataAvailableStatus.class));
        assertTrue(subscriber.getStatusChanges().contains(DataOnReadersStatus.class));

        reader.read(new ArrayList<>());
        assertFalse(reader.getStatusChanges().contains(DataAvailableStatus.class));
        assertFalse(subscriber.getStatusChanges().contains(DataOnReadersStatus.class));
    }

    @Test
    void aListenerMayWriteToAnotherWriterFromItsCallback() throws Exception {
        Topic<Shape> echoes = participant.createTopic("EchoedShapes", Shape.class);
        DataWriter<Shape> echo = publisher.createDataWriter(echoes);
        DataReader<Shape> echoReader = subscriber.createDataReader(echoes);
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                for (Sample<Shape> sample : event.getSource().take(new ArrayList<>())) {
                    try {
                        echo.write(Shape.of(sample.getData().color, sample.getData().x * 10));
                    } catch (java.util.concurrent.TimeoutException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }, DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);
        eventually(5, "the echo writer to match", () -> echoReader.getMatchedPublications().size() == 1);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> writer.write(Shape.of("RED", 4)));
        eventually(5, "the echo to arrive", () -> echoReader.read(new ArrayList<>()).size() == 1);
        assertEquals(40, echoReader.take(new ArrayList<>()).get(0).getData().x);
    }

    @Test
    void aListenerMayWriteToTheTopicItListensToFromItsCallback() throws Exception {
        AtomicReference<DataWriter<Shape>> writerRef = new AtomicReference<>();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                for (Sample<Shape> sample : event.getSource().take(new ArrayList<>())) {
                    int x = sample.getData().x;
                    seen.add(x);
                    if (x < 3) {
                        try {
                            writerRef.get().write(Shape.of("RED", x + 1)); // re-enters delivery
                        } catch (java.util.concurrent.TimeoutException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }, DataAvailableStatus.class);
        writerRef.set(matchedWriter(reader));

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> writerRef.get().write(Shape.of("RED", 0)));
        eventually(5, "the chain of writes to finish", () -> seen.size() == 4);
        assertEquals(List.of(0, 1, 2, 3), seen);
    }

    @Test
    void noInternalLockIsHeldWhileAListenerRuns() throws Exception {
        AtomicReference<DataWriter<Shape>> writerRef = new AtomicReference<>();
        AtomicReference<String> otherThread = new AtomicReference<>("not run");
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                if (!otherThread.get().equals("not run")) {
                    return;
                }
                otherThread.set("running");
                // Another thread uses the same writer and reader while this callback is in progress:
                // it can only finish if neither the writer's nor the reader's lock is held here.
                CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                    try {
                        writerRef.get().write(Shape.of("BLUE", 2));
                        event.getSource().read(new ArrayList<>());
                        writerRef.get().getPublicationMatchedStatus();
                        event.getSource().getSubscriptionMatchedStatus();
                    } catch (java.util.concurrent.TimeoutException e) {
                        throw new IllegalStateException(e);
                    }
                });
                try {
                    other.get(5, TimeUnit.SECONDS);
                    otherThread.set("finished");
                } catch (Exception e) {
                    otherThread.set("blocked: " + e);
                }
            }
        }, DataAvailableStatus.class);
        writerRef.set(matchedWriter(reader));

        writerRef.get().write(Shape.of("RED", 1));
        eventually(10, "the callback to finish", () -> !otherThread.get().equals("running")
                && !otherThread.get().equals("not run"));
        assertEquals("finished", otherThread.get());
    }

    @Test
    void aListenerThatThrowsDoesNotStopDelivery() throws Exception {
        AtomicInteger called = new AtomicInteger();
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                called.incrementAndGet();
                throw new IllegalStateException("a deliberately failing listener");
            }
        }, DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        for (int x = 1; x <= 3; x++) {
            writer.write(Shape.of("RED", x)); // must not throw
        }
        eventually(5, "three listener calls", () -> called.get() == 3);
        List<Integer> xs = reader.take(new ArrayList<>()).stream().map(s -> s.getData().x).toList();
        assertEquals(List.of(1, 2, 3), xs);
    }

    @Test
    void settingANullListenerStopsTheCallsAndHandsThemToTheSubscriber() throws Exception {
        subscriber.setListener(groupRecorder("subscriber"), DataAvailableStatus.class);
        DataReader<Shape> reader = reliableReader(readerRecorder("reader"), DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the reader listener call", () -> callsOf("onDataAvailable").size() == 1);

        reader.setListener(null);
        assertNull(reader.getListener());
        writer.write(Shape.of("RED", 2));
        eventually(5, "the subscriber listener call", () -> callsOf("onDataAvailable").size() == 2);
        assertEquals(List.of("reader.onDataAvailable", "subscriber.onDataAvailable"), callsOf("onDataAvailable"));

        subscriber.setListener(null);
        writer.write(Shape.of("RED", 3));
        Thread.sleep(100);
        assertEquals(2, callsOf("onDataAvailable").size(), "nobody listens any more");
    }

    @Test
    void theParticipantListenerIsNotCalledForTheBuiltinReadersDiscoveringEntities() throws Exception {
        participant.setListener(groupRecorder("participant"), DataAvailableStatus.class,
                DataOnReadersStatus.class);
        DomainParticipant other = newParticipant();
        Topic<Shape> otherTopic = other.createTopic(topic.getName(), Shape.class);
        other.createPublisher().createDataWriter(otherTopic);
        // The built-in readers of `participant` now hold DCPSParticipant/Topic/Publication samples.
        DataReader<PublicationBuiltinTopicData> publications =
                participant.getBuiltinSubscriber().lookupDataReader("DCPSPublication");
        eventually(5, "the new writer in DCPSPublication", () -> publications.read(new ArrayList<>()).size() > 0);
        Thread.sleep(50);
        assertEquals(List.of(), calls, "discovery is not the application's data");
    }

    @Test
    void theDataAvailableEventNamesTheReader() throws Exception {
        AtomicReference<Object> source = new AtomicReference<>();
        subscriber.setListener(new DomainParticipantAdapter() {
            @Override
            public void onDataAvailable(DataAvailableEvent<?> event) {
                source.set(event.getSource());
            }
        }, DataAvailableStatus.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        matchedWriter(reader).write(Shape.of("RED", 1));
        eventually(5, "the subscriber listener call", () -> source.get() != null);
        assertSame(reader, source.get());
    }

    @Test
    void theListenerInstalledAtCreationIsReturnedByGetListener() {
        DataReaderListener<Shape> listener = readerRecorder("reader");
        DataReader<Shape> reader = reliableReader(listener, DataAvailableStatus.class);
        assertSame(listener, reader.getListener());
        History keepAll = reader.getQos().getHistory();
        assertEquals(History.Kind.KEEP_ALL, keepAll.getKind());
        assertEquals(Reliability.Kind.RELIABLE, reader.getQos().getReliability().getKind());
    }

    @Test
    void matchesMadeBySetQosReachTheListenersAtOnce() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        Subscriber elsewhere = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName("elsewhere")));
        DataReader<Shape> reader = elsewhere.createDataReader(topic, elsewhere.getDefaultDataReaderQos(),
                new DataReaderAdapter<>() {
                    @Override
                    public void onSubscriptionMatched(SubscriptionMatchedEvent<Shape> event) {
                        heard.add("reader matched " + event.getStatus().getCurrentCount());
                    }
                }, SubscriptionMatchedStatus.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(), new DataWriterAdapter<>() {
            @Override
            public void onPublicationMatched(PublicationMatchedEvent<Shape> event) {
                heard.add("writer matched " + event.getStatus().getCurrentCount());
            }
        }, PublicationMatchedStatus.class);
        assertEquals(List.of(), heard, "different partitions");

        // Joining the writer's partition matches them: both listeners hear it during setQos.
        elsewhere.setQos(elsewhere.getQos().withPolicy(policies.Partition().withName(List.of())));
        assertEquals(Set.of("reader matched 1", "writer matched 1"), Set.copyOf(heard));

        // A reader QoS change that breaks compatibility (the writer offers no deadline) unmatches them.
        heard.clear();
        reader.setQos(reader.getQos().withPolicy(policies.Deadline().withPeriod(2, TimeUnit.SECONDS)));
        assertEquals(Set.of("reader matched 0", "writer matched 0"), Set.copyOf(heard));
        assertTrue(writer.getMatchedSubscriptions().isEmpty());
    }

    @Test
    void aListenerMayRemoveItselfFromItsCallback() throws Exception {
        AtomicInteger called = new AtomicInteger();
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                called.incrementAndGet();
                event.getSource().setListener(null);
            }
        }, DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);
        writer.write(Shape.of("RED", 1));
        writer.write(Shape.of("RED", 2));
        assertEquals(1, called.get());
        assertNull(reader.getListener());
        assertEquals(2, reader.take(new ArrayList<>()).size());
    }

    @Test
    void aListenerMayCloseItsOwnReaderFromItsCallback() throws Exception {
        DataReader<Shape> reader = reliableReader(new DataReaderAdapter<>() {
            @Override
            public void onDataAvailable(DataAvailableEvent<Shape> event) {
                event.getSource().close();
            }
        }, DataAvailableStatus.class);
        DataWriter<Shape> writer = matchedWriter(reader);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> writer.write(Shape.of("RED", 1)));
        eventually(5, "the reader to be gone", () -> writer.getMatchedSubscriptions().isEmpty());
        writer.write(Shape.of("RED", 2)); // nobody left to deliver to: fine
    }

    @Test
    void aListenerMayCreateEntitiesFromItsCallback() throws Exception {
        Topic<Shape> replies = participant.createTopic("ReplyShapes", Shape.class);
        AtomicReference<DataWriter<Shape>> created = new AtomicReference<>();
        subscriber.createDataReader(topic, readerQos(), new DataReaderAdapter<>() {
            @Override
            public void onSubscriptionMatched(SubscriptionMatchedEvent<Shape> event) {
                created.compareAndSet(null, publisher.createDataWriter(replies));
            }
        }, SubscriptionMatchedStatus.class);
        DataReader<Shape> replyReader = subscriber.createDataReader(replies);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> publisher.createDataWriter(topic));
        eventually(5, "the writer created in the callback to match",
                () -> created.get() != null && replyReader.getMatchedPublications().size() == 1);
    }
}
