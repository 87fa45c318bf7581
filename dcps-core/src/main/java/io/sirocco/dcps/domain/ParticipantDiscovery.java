package io.sirocco.dcps.domain;

import io.sirocco.dcps.builtin.ParticipantBuiltinData;
import io.sirocco.dcps.builtin.PublicationBuiltinData;
import io.sirocco.dcps.builtin.SubscriptionBuiltinData;
import io.sirocco.dcps.builtin.TopicBuiltinData;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.GuidHandles;
import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.core.WallClock;
import io.sirocco.dcps.error.PreconditionFailedException;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.ParticipantContext;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.sub.SiroccoDataReader;
import io.sirocco.dcps.topic.SiroccoTopic;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.TopicBuiltinTopicData;

/**
 * What one participant has discovered — participants, topics, publications and subscriptions, in
 * this JVM and (through paths) remote — kept for {@code getDiscoveredXxx}, fed into the built-in
 * topic readers, and filtered by the participant's ignore list. It is the participant's
 * {@link ParticipantContext} for paths.
 */
public final class ParticipantDiscovery implements ParticipantContext {
    private final SiroccoServiceEnvironment environment;
    private final SiroccoParticipant participant;
    private final ConcurrentHashMap<Guid, ParticipantBuiltinTopicData> participants = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Guid, TopicBuiltinTopicData> topics = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Guid, WriterDescription> publications = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Guid, ReaderDescription> subscriptions = new ConcurrentHashMap<>();
    private final Set<Guid> ignored = ConcurrentHashMap.newKeySet();
    private volatile SiroccoDataReader<ParticipantBuiltinTopicData> participantReader;
    private volatile SiroccoDataReader<TopicBuiltinTopicData> topicReader;
    private volatile SiroccoDataReader<PublicationBuiltinTopicData> publicationReader;
    private volatile SiroccoDataReader<SubscriptionBuiltinTopicData> subscriptionReader;

    ParticipantDiscovery(SiroccoServiceEnvironment environment, SiroccoParticipant participant) {
        this.environment = environment;
        this.participant = participant;
    }

    void attachBuiltinReaders(SiroccoDataReader<ParticipantBuiltinTopicData> participantsReader,
            SiroccoDataReader<TopicBuiltinTopicData> topicsReader,
            SiroccoDataReader<PublicationBuiltinTopicData> publicationsReader,
            SiroccoDataReader<SubscriptionBuiltinTopicData> subscriptionsReader) {
        this.participantReader = participantsReader;
        this.topicReader = topicsReader;
        this.publicationReader = publicationsReader;
        this.subscriptionReader = subscriptionsReader;
    }

    @Override
    public SiroccoServiceEnvironment environment() {
        return environment;
    }

    @Override
    public Guid guid() {
        return participant.guid();
    }

    @Override
    public int domainId() {
        return participant.getDomainId();
    }

    @Override
    public DomainParticipantQos qos() {
        return participant.qos();
    }

    @Override
    public boolean isIgnored(Guid guid) {
        return ignored.contains(guid) || ignored.contains(guid.participant());
    }

    /** Adds the entity with {@code handle} to the ignore list; returns its GUID. */
    Guid ignore(InstanceHandle handle, String what) {
        long value = io.sirocco.dcps.core.Handles.valueOf(handle, "handle");
        Guid guid = GuidHandles.guidOf(value);
        if (guid == null) {
            throw new PreconditionFailedException(environment, "handle " + value + " does not identify a discovered "
                    + what);
        }
        ignored.add(guid);
        // Ignored entities disappear from the built-in readers as if they had gone away.
        if (what.equals("participant")) {
            participantLost(guid);
            publications.keySet().stream().filter(g -> g.samePrefix(guid)).toList().forEach(this::publicationLost);
            subscriptions.keySet().stream().filter(g -> g.samePrefix(guid)).toList().forEach(this::subscriptionLost);
            topics.keySet().stream().filter(g -> g.samePrefix(guid)).toList().forEach(this::topicLost);
        } else {
            publicationLost(guid);
            subscriptionLost(guid);
            topicLost(guid);
        }
        return guid;
    }

    private static <T> void feed(SiroccoDataReader<T> reader, Guid guid, ChangeKind kind, T sample) {
        if (reader != null && !reader.isClosed()) {
            reader.store(GuidHandles.handleOf(guid), kind, sample, WallClock.now());
        }
    }

    void localParticipantDiscovered(SiroccoParticipant other) {
        participantDiscovered(other.guid(),
                new ParticipantBuiltinData(environment, other.guid(), other.qos().getUserData()));
    }

    void localTopicDiscovered(SiroccoTopic<?> topic) {
        topicDiscovered(topic.guid(), new TopicBuiltinData(environment, topic.guid(), topic.getName(),
                topic.getTypeName(), topic.qos()));
    }

    @Override
    public void participantDiscovered(Guid guid, ParticipantBuiltinTopicData data) {
        if (isIgnored(guid)) {
            return;
        }
        participants.put(guid, data);
        feed(participantReader, guid, ChangeKind.ALIVE, data);
    }

    @Override
    public void participantLost(Guid guid) {
        ParticipantBuiltinTopicData data = participants.remove(guid);
        if (data != null) {
            feed(participantReader, guid, ChangeKind.DISPOSED_UNREGISTERED, data);
        }
    }

    @Override
    public void topicDiscovered(Guid guid, TopicBuiltinTopicData data) {
        if (isIgnored(guid)) {
            return;
        }
        topics.put(guid, data);
        feed(topicReader, guid, ChangeKind.ALIVE, data);
    }

    @Override
    public void topicLost(Guid guid) {
        TopicBuiltinTopicData data = topics.remove(guid);
        if (data != null) {
            feed(topicReader, guid, ChangeKind.DISPOSED_UNREGISTERED, data);
        }
    }

    @Override
    public TopicData topicData(String topicName) {
        return participant.topicDataOf(topicName);
    }

    @Override
    public void publicationDiscovered(WriterDescription writer) {
        if (isIgnored(writer.guid())) {
            return;
        }
        publications.put(writer.guid(), writer);
        feed(publicationReader, writer.guid(), ChangeKind.ALIVE, new PublicationBuiltinData(environment, writer,
                participant.topicDataOf(writer.topicName())));
    }

    @Override
    public void publicationLost(Guid guid) {
        WriterDescription writer = publications.remove(guid);
        if (writer != null) {
            feed(publicationReader, guid, ChangeKind.DISPOSED_UNREGISTERED,
                    new PublicationBuiltinData(environment, writer, null));
        }
    }

    @Override
    public void subscriptionDiscovered(ReaderDescription reader) {
        if (isIgnored(reader.guid())) {
            return;
        }
        subscriptions.put(reader.guid(), reader);
        feed(subscriptionReader, reader.guid(), ChangeKind.ALIVE, new SubscriptionBuiltinData(environment, reader,
                participant.topicDataOf(reader.topicName())));
    }

    @Override
    public void subscriptionLost(Guid guid) {
        ReaderDescription reader = subscriptions.remove(guid);
        if (reader != null) {
            feed(subscriptionReader, guid, ChangeKind.DISPOSED_UNREGISTERED,
                    new SubscriptionBuiltinData(environment, reader, null));
        }
    }

    Set<InstanceHandle> participantHandles() {
        return handles(participants.keySet());
    }

    Set<InstanceHandle> topicHandles() {
        return handles(topics.keySet());
    }

    private Set<InstanceHandle> handles(Set<Guid> guids) {
        Set<InstanceHandle> result = new HashSet<>();
        for (Guid guid : guids) {
            result.add(new LongInstanceHandle(environment, GuidHandles.handleOf(guid)));
        }
        return result;
    }

    ParticipantBuiltinTopicData participantData(InstanceHandle handle) {
        ParticipantBuiltinTopicData data = participants.get(guidOf(handle));
        if (data == null) {
            throw new PreconditionFailedException(environment, "no discovered participant has handle " + handle);
        }
        return data.clone();
    }

    TopicBuiltinTopicData topicData(InstanceHandle handle) {
        TopicBuiltinTopicData data = topics.get(guidOf(handle));
        if (data == null) {
            throw new PreconditionFailedException(environment, "no discovered topic has handle " + handle);
        }
        return data.clone();
    }

    private static Guid guidOf(InstanceHandle handle) {
        Guid guid = GuidHandles.guidOf(io.sirocco.dcps.core.Handles.valueOf(handle, "handle"));
        return guid == null ? Guid.fromBuiltinKey(new int[4]) : guid;
    }

    /** Whether the handle names something this participant discovered (for containsEntity). */
    boolean knows(long handle) {
        Guid guid = GuidHandles.guidOf(handle);
        return guid != null && (participants.containsKey(guid) || topics.containsKey(guid)
                || publications.containsKey(guid) || subscriptions.containsKey(guid));
    }
}
