package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.Status;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * Suspended publications and coherent sets (DCPS 2.2.2.4.1, Presentation 2.2.3.6): changes held
 * back by a publisher reach readers only when it lets them go, and a coherent set reaches a reader
 * with coherent access as a whole.
 */
class CoherentChangesTest extends DataFixture {

    private Presentation coherentTopicAccess() {
        return policies.Presentation().withTopic().withCoherentAccess(true);
    }

    private Publisher coherentPublisher() {
        return participant.createPublisher(participant.getDefaultPublisherQos().withPolicy(coherentTopicAccess()));
    }

    private Subscriber coherentSubscriber() {
        return participant.createSubscriber(participant.getDefaultSubscriberQos().withPolicy(coherentTopicAccess()));
    }

    /** Writers keep every change, so that no held-back sample is replaced before it is sent. */
    private DataWriterQos keepAllWriterQos(Publisher pub) {
        return pub.getDefaultDataWriterQos().withPolicy(policies.History().withKeepAll());
    }

    private <T> DataReader<T> keepAll(Subscriber subscriber, Topic<T> topic) {
        return subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos()
                .withPolicy(policies.History().withKeepAll()));
    }

    @Test
    void suspendedPublicationsBecomeVisibleOnlyWhenResumed() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.History().withKeepAll());
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());

        publisher.suspendPublications();
        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        writer.write(Shape.of("red", 2));
        sleep(100);
        assertTrue(readAll(reader).isEmpty(), "nothing is sent while publications are suspended");

        publisher.resumePublications();
        awaitShape(reader, "red", 2);
        assertEquals(List.of("red:1", "blue:1", "red:2"), shapes(readAll(reader)), "everything, in order");

        writer.write(Shape.of("green", 1));
        awaitShape(reader, "green", 1);
    }

    @Test
    void nestedSuspensionsReleaseOnlyWithTheOutermostResume() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.History().withKeepAll());
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());

        publisher.suspendPublications();
        publisher.suspendPublications();
        writer.write(Shape.of("red", 1));
        publisher.resumePublications();
        sleep(100);
        assertTrue(readAll(reader).isEmpty(), "one suspension is still in force");
        publisher.resumePublications();
        awaitShape(reader, "red", 1);
    }

    @Test
    void resumeWithoutSuspendIsAPreconditionFailure() throws Exception {
        assertThrows(PreconditionNotMetException.class, publisher::resumePublications);
        publisher.suspendPublications();
        publisher.resumePublications();
        assertThrows(PreconditionNotMetException.class, publisher::resumePublications);
    }

    @Test
    void aCoherentSetReachesACoherentReaderAllAtOnce() throws Exception {
        Topic<Shape> topic = shapeTopic();
        Publisher pub = coherentPublisher();
        Subscriber sub = coherentSubscriber();
        DataWriter<Shape> writer = pub.createDataWriter(topic, keepAllWriterQos(pub));
        List<Integer> visibleAtFirstNotification = Collections.synchronizedList(new ArrayList<>());
        DataReader<Shape> reader = sub.createDataReader(topic,
                sub.getDefaultDataReaderQos().withPolicy(policies.History().withKeepAll()),
                new DataReaderAdapter<Shape>() {
                    @Override
                    public void onDataAvailable(DataAvailableEvent<Shape> event) {
                        if (visibleAtFirstNotification.isEmpty()) {
                            visibleAtFirstNotification.add(event.getSource().read(new ArrayList<>()).size());
                        }
                    }
                }, Set.<Class<? extends Status>>of(DataAvailableStatus.class));

        pub.beginCoherentChanges();
        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        writer.dispose(nil(), Shape.of("red", 0));
        writer.write(Shape.of("green", 1));
        sleep(100);
        assertTrue(readAll(reader).isEmpty(), "nothing of an open coherent set is visible");
        assertTrue(visibleAtFirstNotification.isEmpty(), "no data-available notification yet");

        pub.endCoherentChanges();
        awaitShape(reader, "green", 1);
        eventually(5, "the data-available notification", () -> !visibleAtFirstNotification.isEmpty());
        assertEquals(List.of(3), visibleAtFirstNotification, "the first notification already saw the whole set");
        assertEquals(List.of("red:1", "blue:1", "green:1"), shapes(readAll(reader)));
        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_DISPOSED);
    }

    @Test
    void aCoherentSetSpansTheWritersOfThePublisher() throws Exception {
        Topic<Shape> topic = shapeTopic();
        Publisher pub = coherentPublisher();
        Subscriber sub = coherentSubscriber();
        DataWriter<Shape> first = pub.createDataWriter(topic, keepAllWriterQos(pub));
        DataWriter<Shape> second = pub.createDataWriter(topic, keepAllWriterQos(pub));
        DataReader<Shape> reader = keepAll(sub, topic);

        pub.beginCoherentChanges();
        first.write(Shape.of("red", 1));
        second.write(Shape.of("blue", 1));
        sleep(100);
        assertTrue(readAll(reader).isEmpty());
        pub.endCoherentChanges();
        awaitShape(reader, "blue", 1);
        awaitShape(reader, "red", 1);
    }

    @Test
    void aGroupCoherentSetIsCompleteInEveryReaderWhenTheFirstIsNotified() throws Exception {
        Presentation group = policies.Presentation().withGroup().withCoherentAccess(true);
        Publisher pub = participant.createPublisher(participant.getDefaultPublisherQos().withPolicy(group));
        Subscriber sub = participant.createSubscriber(participant.getDefaultSubscriberQos().withPolicy(group));
        Topic<Shape> shapes = shapeTopic();
        Topic<Reading> readings = topic(Reading.class);
        DataWriter<Shape> shapeWriter = pub.createDataWriter(shapes, keepAllWriterQos(pub));
        DataWriter<Reading> readingWriter = pub.createDataWriter(readings,
                pub.getDefaultDataWriterQos().withPolicy(policies.History().withKeepAll()));
        DataReader<Reading> readingReader = keepAll(sub, readings);
        List<Integer> readingsSeenByShapeListener = Collections.synchronizedList(new ArrayList<>());
        DataReader<Shape> shapeReader = sub.createDataReader(shapes,
                sub.getDefaultDataReaderQos().withPolicy(policies.History().withKeepAll()),
                new DataReaderAdapter<Shape>() {
                    @Override
                    public void onDataAvailable(DataAvailableEvent<Shape> event) {
                        readingsSeenByShapeListener.add(readAll(readingReader).size());
                    }
                }, Set.<Class<? extends Status>>of(DataAvailableStatus.class));

        pub.beginCoherentChanges();
        shapeWriter.write(Shape.of("red", 1));
        readingWriter.write(new Reading(20));
        pub.endCoherentChanges();

        awaitShape(shapeReader, "red", 1);
        eventually(5, "the shape listener", () -> !readingsSeenByShapeListener.isEmpty());
        assertEquals(1, readingsSeenByShapeListener.get(0),
                "when one reader is told of the set, the other reader already holds its part");
    }

    @Test
    void nestedCoherentSetsEndWithTheOutermost() throws Exception {
        Topic<Shape> topic = shapeTopic();
        Publisher pub = coherentPublisher();
        DataWriter<Shape> writer = pub.createDataWriter(topic, keepAllWriterQos(pub));
        DataReader<Shape> reader = keepAll(coherentSubscriber(), topic);

        pub.beginCoherentChanges();
        writer.write(Shape.of("red", 1));
        pub.beginCoherentChanges();
        writer.write(Shape.of("red", 2));
        pub.endCoherentChanges();
        sleep(100);
        assertTrue(readAll(reader).isEmpty(), "the outer set is still open");
        pub.endCoherentChanges();
        awaitShape(reader, "red", 2);
        assertEquals(List.of(1, 2), xs(readAll(reader)));
    }

    @Test
    void aLateJoinerDoesNotSeeTheChangesOfAnOpenCoherentSet() throws Exception {
        Topic<Shape> topic = shapeTopic();
        Publisher pub = coherentPublisher();
        DataWriter<Shape> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.Durability().withTransientLocal(), policies.History().withKeepLast(10)));
        writer.write(Shape.of("red", 1));

        pub.beginCoherentChanges();
        writer.write(Shape.of("red", 2));
        writer.write(Shape.of("blue", 1));
        Subscriber sub = coherentSubscriber();
        DataReader<Shape> late = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                policies.Durability().withTransientLocal(), policies.Reliability().withReliable(),
                policies.History().withKeepAll()));
        awaitShape(late, "red", 1);
        assertEquals(List.of("red:1"), shapes(readAll(late)), "only the committed history is replayed");

        pub.endCoherentChanges();
        awaitShape(late, "blue", 1);
        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(late)));
    }

    @Test
    void aSuspendedWriteIsNotReplayedToALateJoinerBeforeResume() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(10));
        writer.write(Shape.of("red", 1));

        publisher.suspendPublications();
        writer.write(Shape.of("red", 2));
        DataReader<Shape> late = reader(topic, policies.Durability().withTransientLocal(),
                policies.Reliability().withReliable(), policies.History().withKeepAll());
        awaitShape(late, "red", 1);
        assertEquals(List.of(1), xs(readAll(late)));

        publisher.resumePublications();
        awaitShape(late, "red", 2);
        assertEquals(List.of(1, 2), xs(readAll(late)));
    }

    @Test
    void aCoherentSetEndedWhileSuspendedWaitsForTheResume() throws Exception {
        Topic<Shape> topic = shapeTopic();
        Publisher pub = coherentPublisher();
        DataWriter<Shape> writer = pub.createDataWriter(topic, keepAllWriterQos(pub));
        DataReader<Shape> reader = keepAll(coherentSubscriber(), topic);

        pub.suspendPublications();
        pub.beginCoherentChanges();
        writer.write(Shape.of("red", 1));
        pub.endCoherentChanges();
        sleep(100);
        assertTrue(readAll(reader).isEmpty(), "publications are still suspended");
        pub.resumePublications();
        awaitShape(reader, "red", 1);
    }

    @Test
    void endCoherentChangesWithoutBeginIsAPreconditionFailure() {
        Publisher pub = coherentPublisher();
        assertThrows(PreconditionNotMetException.class, pub::endCoherentChanges);
        pub.beginCoherentChanges();
        assertDoesNotThrow(pub::endCoherentChanges);
        assertThrows(PreconditionNotMetException.class, pub::endCoherentChanges);
    }

    @Test
    void beginAccessAndEndAccessMustBalance() {
        Subscriber sub = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Presentation().withGroup().withCoherentAccess(true).withOrderedAccess(true)));
        assertThrows(PreconditionNotMetException.class, sub::endAccess);
        sub.beginAccess();
        sub.beginAccess();
        sub.endAccess();
        sub.endAccess();
        assertThrows(PreconditionNotMetException.class, sub::endAccess, "every begin was already ended");
    }
}
