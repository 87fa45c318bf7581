package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicBuiltinTopicData;

/**
 * Discovery as an application sees it (DCPS 2.2.2.2.1): getDiscoveredXxx, the handles that
 * relate built-in samples, matched endpoints and entities, the ignoreXxx operations, and
 * participant user data changes.
 */
class DiscoveryTest extends DcpsFixture {
    private BuiltinReaders builtin;

    @BeforeEach
    void readers() {
        builtin = new BuiltinReaders(participant);
    }

    private UserData userData(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return policies.UserData().withValue(bytes, 0, bytes.length);
    }

    private static String text(UserData data) {
        return new String(data.getValue(), StandardCharsets.UTF_8);
    }

    @Test
    void discoveredParticipantsAreTheParticipantsOfTheDomainWithTheirData() {
        DomainParticipant other = newParticipant(factory.getDefaultParticipantQos().withPolicy(userData("hello")));
        InstanceHandle handle = other.getInstanceHandle();
        DomainParticipant elsewhere = factory.createParticipant(232);
        try {
            eventually(5, "the other participant", () -> participant.getDiscoveredParticipants().contains(handle));
            assertFalse(participant.getDiscoveredParticipants().contains(elsewhere.getInstanceHandle()),
                    "participants of other domains are not discovered");
            ParticipantBuiltinTopicData data = participant.getDiscoveredParticipantData(handle);
            assertEquals("hello", text(data.getUserData()));
            Sample<ParticipantBuiltinTopicData> sample = builtin.alive(builtin.participants()).stream()
                    .filter(s -> s.getInstanceHandle().equals(handle)).findFirst().orElseThrow();
            assertArrayEquals(sample.getData().getKey().getValue(), data.getKey().getValue(),
                    "getDiscoveredParticipantData and DCPSParticipant agree on the key");
        } finally {
            elsewhere.close();
        }

        other.close();
        eventually(5, "the closed participant to be forgotten",
                () -> !participant.getDiscoveredParticipants().contains(handle));
        assertThrows(PreconditionNotMetException.class, () -> participant.getDiscoveredParticipantData(handle));
    }

    @Test
    void discoveredDataForAHandleThatIsNoDiscoveredEntityFailsWithPreconditionNotMet() {
        Topic<Shape> topic = participant.createTopic("NotAParticipant", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        assertThrows(PreconditionNotMetException.class,
                () -> participant.getDiscoveredParticipantData(writer.getInstanceHandle()));
        assertThrows(PreconditionNotMetException.class,
                () -> participant.getDiscoveredParticipantData(InstanceHandle.nilHandle(env)));
        assertThrows(PreconditionNotMetException.class,
                () -> participant.getDiscoveredTopicData(writer.getInstanceHandle()));
        assertThrows(PreconditionNotMetException.class,
                () -> participant.getDiscoveredTopicData(InstanceHandle.nilHandle(env)));
    }

    @Test
    void discoveredTopicsAreTheTopicsOfTheDomainWithTheirData() {
        DomainParticipant other = newParticipant();
        Topic<Shape> theirs = other.createTopic("Theirs", Shape.class);
        InstanceHandle handle = theirs.getInstanceHandle();

        eventually(5, "their topic", () -> participant.getDiscoveredTopics().contains(handle));
        TopicBuiltinTopicData data = participant.getDiscoveredTopicData(handle);
        assertEquals("Theirs", data.getName());
        assertEquals(theirs.getTypeName(), data.getTypeName());
        assertTrue(builtin.alive(builtin.topics()).stream().anyMatch(s -> s.getInstanceHandle().equals(handle)));

        theirs.close();
        eventually(5, "the closed topic to be forgotten", () -> !participant.getDiscoveredTopics().contains(handle));
        assertThrows(PreconditionNotMetException.class, () -> participant.getDiscoveredTopicData(handle));
    }

    @Test
    void matchedEndpointHandlesAreTheEntityAndBuiltinSampleHandles() {
        DomainParticipant other = newParticipant();
        Topic<Shape> theirTopic = other.createTopic("Matched", Shape.class);
        DataReader<Shape> theirReader = other.createSubscriber().createDataReader(theirTopic);
        Topic<Shape> topic = participant.createTopic("Matched", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);

        eventually(5, "match", () -> writer.getMatchedSubscriptions().contains(theirReader.getInstanceHandle()));
        assertTrue(theirReader.getMatchedPublications().contains(writer.getInstanceHandle()));
        assertEquals(theirReader.getInstanceHandle(), writer.getPublicationMatchedStatus().getLastSubscriptionHandle());
        SubscriptionBuiltinTopicData matched = writer.getMatchedSubscriptionData(theirReader.getInstanceHandle());
        assertEquals("Matched", matched.getTopicName());
        Sample<SubscriptionBuiltinTopicData> sample = builtin.alive(builtin.subscriptions()).stream()
                .filter(s -> s.getInstanceHandle().equals(theirReader.getInstanceHandle())).findFirst().orElseThrow();
        assertArrayEquals(sample.getData().getKey().getValue(), matched.getKey().getValue());
        assertEquals("Matched", theirReader.getMatchedPublicationData(writer.getInstanceHandle()).getTopicName());
    }

    @Test
    void ignoreParticipantStopsMatchingAndHidesItEverywhere() throws Exception {
        DomainParticipant other = newParticipant(factory.getDefaultParticipantQos().withPolicy(userData("ignored")));
        Topic<Shape> theirTopic = other.createTopic("Ignored", Shape.class);
        DataWriter<Shape> theirWriter = other.createPublisher().createDataWriter(theirTopic);
        DataReader<Shape> theirReader = other.createSubscriber().createDataReader(theirTopic);
        Topic<Shape> topic = participant.createTopic("Ignored", Shape.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "match", () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 2);
        theirWriter.write(Shape.of("RED", 1));
        eventually(5, "their first sample", () -> take(reader).size() == 1);

        // The handle an application has: the instance handle of the DCPSParticipant sample.
        InstanceHandle handle = builtin.aliveWhere(builtin.participants(), d -> text(d.getUserData()).equals("ignored"))
                .orElseThrow().getInstanceHandle();
        participant.ignoreParticipant(handle);

        eventually(5, "their writer to be unmatched", () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 1);
        assertFalse(reader.getMatchedPublications().contains(theirWriter.getInstanceHandle()));
        assertFalse(writer.getMatchedSubscriptions().contains(theirReader.getInstanceHandle()));
        theirWriter.write(Shape.of("RED", 2));
        writer.write(Shape.of("BLUE", 3));
        eventually(5, "our own sample", () -> !reader.read(new ArrayList<>()).isEmpty());
        assertEquals(List.of("BLUE"), take(reader).stream().map(s -> s.getData().color).toList(),
                "nothing from the ignored participant");
        assertEquals(List.of("RED"), take(theirReader).stream().map(s -> s.getData().color).distinct().toList(),
                "our writer no longer sends to the ignored participant's reader");

        DataWriter<Shape> laterWriter = other.createPublisher().createDataWriter(theirTopic);
        laterWriter.write(Shape.of("GREEN", 4));
        Thread.sleep(100);
        assertTrue(take(reader).isEmpty(), "entities the ignored participant creates later are ignored too");

        assertFalse(participant.getDiscoveredParticipants().contains(handle));
        assertTrue(participant.getDiscoveredTopics().stream().noneMatch(h -> h.equals(theirTopic.getInstanceHandle())));
        assertTrue(builtin.alive(builtin.participants()).stream().noneMatch(s -> s.getInstanceHandle().equals(handle)));
        for (InstanceHandle hidden : List.of(theirWriter.getInstanceHandle(), laterWriter.getInstanceHandle())) {
            assertTrue(builtin.alive(builtin.publications()).stream()
                    .noneMatch(s -> s.getInstanceHandle().equals(hidden)), "DCPSPublication hides " + hidden);
        }
        assertTrue(builtin.alive(builtin.subscriptions()).stream()
                .noneMatch(s -> s.getInstanceHandle().equals(theirReader.getInstanceHandle())));
        assertTrue(builtin.alive(builtin.topics()).stream()
                .noneMatch(s -> s.getInstanceHandle().equals(theirTopic.getInstanceHandle())));
    }

    @Test
    void ignorePublicationStopsThatWriterOnly() throws Exception {
        DomainParticipant other = newParticipant();
        Topic<Shape> theirTopic = other.createTopic("IgnoredWriter", Shape.class);
        DataWriter<Shape> ignored = other.createPublisher().createDataWriter(theirTopic);
        DataWriter<Shape> kept = other.createPublisher().createDataWriter(theirTopic);
        Topic<Shape> topic = participant.createTopic("IgnoredWriter", Shape.class);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        eventually(5, "match", () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 2);

        InstanceHandle handle = builtin.alive(builtin.publications()).stream()
                .map(Sample::getInstanceHandle).filter(h -> h.equals(ignored.getInstanceHandle()))
                .findFirst().orElseThrow();
        participant.ignorePublication(handle);

        eventually(5, "the ignored writer to be unmatched",
                () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 1);
        assertEquals(java.util.Set.of(kept.getInstanceHandle()), reader.getMatchedPublications());
        ignored.write(Shape.of("RED", 1));
        kept.write(Shape.of("BLUE", 2));
        eventually(5, "the kept writer's sample", () -> !reader.read(new ArrayList<>()).isEmpty());
        assertEquals(List.of("BLUE"), take(reader).stream().map(s -> s.getData().color).toList());
        assertTrue(builtin.alive(builtin.publications()).stream().noneMatch(s -> s.getInstanceHandle().equals(handle)),
                "DCPSPublication hides the ignored writer");
        assertTrue(participant.getDiscoveredParticipants().contains(other.getInstanceHandle()),
                "its participant stays discovered");

        // Changing the ignored writer's QoS does not bring it back.
        ignored.setQos(ignored.getQos().withPolicy(userData("still ignored")));
        Thread.sleep(100);
        assertEquals(1, reader.getSubscriptionMatchedStatus().getCurrentCount());
    }

    @Test
    void ignoreSubscriptionStopsSendingToThatReaderOnly() throws Exception {
        DomainParticipant other = newParticipant();
        Topic<Shape> theirTopic = other.createTopic("IgnoredReader", Shape.class);
        DataReader<Shape> ignored = other.createSubscriber().createDataReader(theirTopic);
        DataReader<Shape> kept = other.createSubscriber().createDataReader(theirTopic);
        Topic<Shape> topic = participant.createTopic("IgnoredReader", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 2);

        participant.ignoreSubscription(ignored.getInstanceHandle());

        eventually(5, "the ignored reader to be unmatched",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        assertEquals(java.util.Set.of(kept.getInstanceHandle()), writer.getMatchedSubscriptions());
        writer.write(Shape.of("RED", 1));
        eventually(5, "the kept reader's sample", () -> take(kept).size() == 1);
        assertTrue(take(ignored).isEmpty(), "the ignored reader receives nothing");
        assertTrue(builtin.alive(builtin.subscriptions()).stream()
                .noneMatch(s -> s.getInstanceHandle().equals(ignored.getInstanceHandle())),
                "DCPSSubscription hides the ignored reader");
        writer.waitForAcknowledgments(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void ignoreWithAHandleThatNamesNothingFailsWithPreconditionNotMet() {
        Topic<Shape> topic = participant.createTopic("IgnoreNothing", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        writer.close();
        InstanceHandle stale = writer.getInstanceHandle();
        assertThrows(PreconditionNotMetException.class, () -> participant.ignorePublication(stale));
        assertThrows(PreconditionNotMetException.class,
                () -> participant.ignoreParticipant(InstanceHandle.nilHandle(env)));
        assertThrows(IllegalArgumentException.class, () -> participant.ignoreSubscription(null));
    }

    @Test
    void participantUserDataChangesAreSeenByTheOthers() {
        DomainParticipant other = newParticipant();
        InstanceHandle handle = participant.getInstanceHandle();
        BuiltinReaders theirs = new BuiltinReaders(other);
        eventually(5, "discovery", () -> other.getDiscoveredParticipants().contains(handle));

        participant.setQos(participant.getQos().withPolicy(userData("version 2")));

        eventually(5, "the new user data in getDiscoveredParticipantData",
                () -> text(other.getDiscoveredParticipantData(handle).getUserData()).equals("version 2"));
        eventually(5, "the new user data in DCPSParticipant", () -> theirs.alive(theirs.participants()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(handle)
                        && text(s.getData().getUserData()).equals("version 2")));
        assertEquals("version 2", text(participant.getQos().getUserData()));
    }

    @Test
    void changingAWritersUserDataRepublishesItWithoutDisturbingMatchedReaders() throws Exception {
        Topic<Shape> topic = participant.createTopic("Republished", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(policies.Reliability().withReliable(),
                policies.Durability().withTransientLocal(), policies.History().withKeepLast(5)));
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(policies.Reliability().withReliable(),
                policies.Durability().withTransientLocal(), policies.History().withKeepLast(5)));
        for (int i = 0; i < 3; i++) {
            writer.write(Shape.of("RED", i));
        }
        eventually(5, "three samples", () -> reader.read(new ArrayList<>()).size() == 3);
        take(reader);

        writer.setQos(writer.getQos().withPolicy(userData("v2")));
        reader.setQos(reader.getQos().withPolicy(userData("v2")));
        eventually(5, "the new user data in DCPSPublication", () -> builtin.alive(builtin.publications()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(writer.getInstanceHandle())
                        && text(s.getData().getUserData()).equals("v2")));

        assertEquals(List.of(), reader.take(new ArrayList<>()).stream().map(s -> s.getInstanceState() + " "
                + s.getData()).toList(), "no sample is delivered again, no instance loses its writer");
        assertEquals(1, reader.getSubscriptionMatchedStatus().getTotalCount(), "the writer was matched once");
        assertEquals(1, writer.getPublicationMatchedStatus().getTotalCount(), "the reader was matched once");
        writer.write(Shape.of("RED", 3));
        eventually(5, "live data still flows", () -> take(reader).size() == 1);
    }

    /** Takes everything; returns the samples that carry data (not the instance-state-only ones). */
    private static List<Sample<Shape>> take(DataReader<Shape> reader) {
        List<Sample<Shape>> samples = reader.take(new ArrayList<>());
        samples.removeIf(s -> s.getData() == null);
        return samples;
    }
}
