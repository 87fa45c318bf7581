package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicBuiltinTopicData;

/**
 * The built-in topics (DCPS 2.2.5): the readers of the built-in subscriber describe the
 * participants, topics, writers and readers of the domain — here, those in this JVM — with their
 * keys, names and QoS, and dispose them when the entities go away. The instance handle of a
 * built-in sample is the handle of the entity it describes (the one ignoreXxx and
 * getMatchedXxx use).
 */
class BuiltinTopicsTest extends DcpsFixture {
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
    void builtinSubscriberHasTheFourBuiltinReaders() {
        Subscriber sub = participant.getBuiltinSubscriber();
        assertSame(sub, participant.getBuiltinSubscriber(), "one built-in subscriber per participant");
        Set<String> names = sub.getDataReaders().stream().map(r -> r.getTopicDescription().getName())
                .collect(Collectors.toSet());
        assertEquals(Set.of("DCPSParticipant", "DCPSTopic", "DCPSPublication", "DCPSSubscription"), names);
        for (String name : names) {
            DataReader<Object> reader = sub.lookupDataReader(name);
            assertNotNull(reader, name);
            assertSame(sub, reader.getParent());
            assertEquals(Reliability.Kind.RELIABLE, reader.getQos().getReliability().getKind(), name);
            assertEquals(Durability.Kind.TRANSIENT_LOCAL, reader.getQos().getDurability().getKind(), name);
        }
        assertSame(builtin.participants(), sub.lookupDataReader(participant.lookupTopicDescription("DCPSParticipant")));
        assertEquals("DDS::ParticipantBuiltinTopicData", builtin.participants().getTopicDescription().getTypeName());
        assertEquals("DDS::TopicBuiltinTopicData", builtin.topics().getTopicDescription().getTypeName());
        assertEquals("DDS::PublicationBuiltinTopicData", builtin.publications().getTopicDescription().getTypeName());
        assertEquals("DDS::SubscriptionBuiltinTopicData",
                builtin.subscriptions().getTopicDescription().getTypeName());
    }

    @Test
    void participantReaderShowsTheParticipantsOfTheDomainWithTheirUserData() {
        DomainParticipant other = newParticipant(factory.getDefaultParticipantQos().withPolicy(userData("other")));
        DomainParticipant third = newParticipant(factory.getDefaultParticipantQos().withPolicy(userData("third")));

        eventually(5, "both participants in DCPSParticipant", () -> builtin.alive(builtin.participants()).stream()
                .map(s -> text(s.getData().getUserData())).collect(Collectors.toSet())
                .containsAll(Set.of("other", "third")));
        Sample<ParticipantBuiltinTopicData> otherSample = builtin.aliveWhere(builtin.participants(),
                d -> text(d.getUserData()).equals("other")).orElseThrow();
        Sample<ParticipantBuiltinTopicData> thirdSample = builtin.aliveWhere(builtin.participants(),
                d -> text(d.getUserData()).equals("third")).orElseThrow();
        assertEquals(other.getInstanceHandle(), otherSample.getInstanceHandle(),
                "the sample's instance handle is the participant's handle");
        assertEquals(third.getInstanceHandle(), thirdSample.getInstanceHandle());
        assertFalse(Arrays.equals(otherSample.getData().getKey().getValue(),
                thirdSample.getData().getKey().getValue()), "keys identify participants");
        assertFalse(Arrays.equals(new int[4], otherSample.getData().getKey().getValue()), "a key is never zero");
    }

    @Test
    void lateJoiningParticipantSeesWhatExistedBefore() {
        Topic<Shape> topic = participant.createTopic("Before", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);

        DomainParticipant late = newParticipant();
        BuiltinReaders lateBuiltin = new BuiltinReaders(late);
        eventually(5, "the earlier participant", () -> lateBuiltin.alive(lateBuiltin.participants()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(participant.getInstanceHandle())));
        eventually(5, "the earlier topic", () -> lateBuiltin.aliveWhere(lateBuiltin.topics(),
                d -> d.getName().equals("Before")).isPresent());
        eventually(5, "the earlier writer", () -> lateBuiltin.alive(lateBuiltin.publications()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(writer.getInstanceHandle())));
        eventually(5, "the earlier reader", () -> lateBuiltin.alive(lateBuiltin.subscriptions()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(reader.getInstanceHandle())));
    }

    @Test
    void topicReaderShowsNameTypeAndQosOfTopics() {
        byte[] data = "about shapes".getBytes(StandardCharsets.UTF_8);
        Topic<Shape> topic = newParticipant().createTopic("Described", Shape.class,
                participant.getDefaultTopicQos().withPolicies(policies.Durability().withTransientLocal(),
                        policies.Reliability().withReliable(), policies.History().withKeepLast(7),
                        policies.TopicData().withValue(data, 0, data.length)),
                null, List.of());

        eventually(5, "the topic in DCPSTopic", () -> builtin.aliveWhere(builtin.topics(),
                d -> d.getName().equals("Described")).isPresent());
        Sample<TopicBuiltinTopicData> sample = builtin.aliveWhere(builtin.topics(),
                d -> d.getName().equals("Described")).orElseThrow();
        TopicBuiltinTopicData described = sample.getData();
        assertEquals(topic.getInstanceHandle(), sample.getInstanceHandle());
        assertEquals("io::sirocco::conformance::dcps::Shape", described.getTypeName());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, described.getDurability().getKind());
        assertEquals(Reliability.Kind.RELIABLE, described.getReliability().getKind());
        assertEquals(7, described.getHistory().getDepth());
        assertArrayEquals(data, described.getTopicData().getValue());
    }

    @Test
    void publicationReaderShowsWritersWithTopicTypePartitionsQosAndUserData() {
        DomainParticipant other = newParticipant();
        Topic<Shape> topic = other.createTopic("Published", Shape.class);
        Publisher pub = other.createPublisher(other.getDefaultPublisherQos()
                .withPolicy(policies.Partition().withName(List.of("east", "west"))));
        DataWriter<Shape> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.Durability().withTransientLocal(),
                userData("writer-1")));

        eventually(5, "the writer in DCPSPublication", () -> builtin.alive(builtin.publications()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(writer.getInstanceHandle())));
        PublicationBuiltinTopicData described = builtin.aliveWhere(builtin.publications(),
                d -> d.getTopicName().equals("Published")).orElseThrow().getData();
        assertEquals("io::sirocco::conformance::dcps::Shape", described.getTypeName());
        assertEquals(Set.of("east", "west"), new HashSet<>(described.getPartition().getName()));
        assertEquals(Reliability.Kind.RELIABLE, described.getReliability().getKind());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, described.getDurability().getKind());
        assertEquals("writer-1", text(described.getUserData()));
        assertArrayEquals(participantKeyOf(other), described.getParticipantKey().getValue(),
                "the participant key is the DCPSParticipant key of the writer's participant");
    }

    @Test
    void subscriptionReaderShowsReadersWithTopicTypePartitionsQosAndUserData() {
        DomainParticipant other = newParticipant();
        Topic<Shape> topic = other.createTopic("Subscribed", Shape.class);
        Subscriber sub = other.createSubscriber(other.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName("north")));
        DataReader<Shape> reader = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withBestEffort(), userData("reader-1")));

        eventually(5, "the reader in DCPSSubscription", () -> builtin.alive(builtin.subscriptions()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(reader.getInstanceHandle())));
        SubscriptionBuiltinTopicData described = builtin.aliveWhere(builtin.subscriptions(),
                d -> d.getTopicName().equals("Subscribed")).orElseThrow().getData();
        assertEquals("io::sirocco::conformance::dcps::Shape", described.getTypeName());
        assertEquals(Set.of("north"), new HashSet<>(described.getPartition().getName()));
        assertEquals(Reliability.Kind.BEST_EFFORT, described.getReliability().getKind());
        assertEquals("reader-1", text(described.getUserData()));
        assertArrayEquals(participantKeyOf(other), described.getParticipantKey().getValue());
    }

    @Test
    void qosChangesOfWritersAndReadersAreRepublished() {
        Topic<Shape> topic = participant.createTopic("Changing", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DomainParticipant observer = newParticipant();
        BuiltinReaders seen = new BuiltinReaders(observer);

        writer.setQos(writer.getQos().withPolicy(userData("changed-writer")));
        reader.setQos(reader.getQos().withPolicy(userData("changed-reader")));
        publisher.setQos(publisher.getQos().withPolicy(policies.Partition().withName("moved")));

        eventually(5, "the writer's new user data and partition", () -> seen.aliveWhere(seen.publications(),
                d -> d.getTopicName().equals("Changing") && text(d.getUserData()).equals("changed-writer")
                        && d.getPartition().getName().contains("moved")).isPresent());
        eventually(5, "the reader's new user data", () -> seen.aliveWhere(seen.subscriptions(),
                d -> d.getTopicName().equals("Changing") && text(d.getUserData()).equals("changed-reader"))
                .isPresent());
    }

    @Test
    void closedEntitiesAreDisposedInTheBuiltinReaders() {
        DomainParticipant other = newParticipant();
        Topic<Shape> topic = other.createTopic("Going", Shape.class);
        DataWriter<Shape> writer = other.createPublisher().createDataWriter(topic);
        DataReader<Shape> reader = other.createSubscriber().createDataReader(topic);
        InstanceHandle otherHandle = other.getInstanceHandle();
        InstanceHandle topicHandle = topic.getInstanceHandle();
        InstanceHandle writerHandle = writer.getInstanceHandle();
        InstanceHandle readerHandle = reader.getInstanceHandle();
        eventually(5, "everything announced", () -> builtin.stateOf(builtin.subscriptions(), readerHandle)
                .equals(java.util.Optional.of(InstanceState.ALIVE)));

        writer.close();
        eventually(5, "the writer disposed", () -> notAlive(builtin.stateOf(builtin.publications(), writerHandle)));
        reader.close();
        eventually(5, "the reader disposed", () -> notAlive(builtin.stateOf(builtin.subscriptions(), readerHandle)));
        topic.close();
        eventually(5, "the topic disposed", () -> notAlive(builtin.stateOf(builtin.topics(), topicHandle)));
        other.close();
        eventually(5, "the participant disposed", () -> notAlive(builtin.stateOf(builtin.participants(), otherHandle)));
        assertTrue(builtin.alive(builtin.publications()).stream().noneMatch(s -> s.getData().getTopicName()
                .equals("Going")));
    }

    @Test
    void closingAParticipantDisposesEverythingItContained() {
        DomainParticipant other = newParticipant();
        Topic<Shape> topic = other.createTopic("GoingAll", Shape.class);
        DataWriter<Shape> writer = other.createPublisher().createDataWriter(topic);
        DataReader<Shape> reader = other.createSubscriber().createDataReader(topic);
        InstanceHandle writerHandle = writer.getInstanceHandle();
        InstanceHandle readerHandle = reader.getInstanceHandle();
        InstanceHandle topicHandle = topic.getInstanceHandle();
        eventually(5, "the writer announced", () -> builtin.stateOf(builtin.publications(), writerHandle).isPresent());

        other.close();

        eventually(5, "writer, reader and topic disposed", () ->
                notAlive(builtin.stateOf(builtin.publications(), writerHandle))
                        && notAlive(builtin.stateOf(builtin.subscriptions(), readerHandle))
                        && notAlive(builtin.stateOf(builtin.topics(), topicHandle)));
    }

    private static boolean notAlive(java.util.Optional<InstanceState> state) {
        return state.isPresent() && state.get() != InstanceState.ALIVE;
    }

    /** The DCPSParticipant key of {@code other}, as this test's participant sees it. */
    private int[] participantKeyOf(DomainParticipant other) {
        eventually(5, "the participant in DCPSParticipant", () -> builtin.alive(builtin.participants()).stream()
                .anyMatch(s -> s.getInstanceHandle().equals(other.getInstanceHandle())));
        return builtin.alive(builtin.participants()).stream()
                .filter(s -> s.getInstanceHandle().equals(other.getInstanceHandle()))
                .findFirst().orElseThrow().getData().getKey().getValue();
    }
}
