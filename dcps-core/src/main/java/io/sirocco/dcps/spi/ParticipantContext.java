package io.sirocco.dcps.spi;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.TopicBuiltinTopicData;

/**
 * What a path knows of the participant it serves, and where it reports what it discovers so that
 * built-in topics, {@code getDiscoveredXxx} and the ignore lists see it.
 */
public interface ParticipantContext {

    SiroccoServiceEnvironment environment();

    Guid guid();

    int domainId();

    DomainParticipantQos qos();

    /** Whether the application asked to ignore this participant or endpoint. */
    boolean isIgnored(Guid guid);

    void participantDiscovered(Guid participant, ParticipantBuiltinTopicData data);

    void participantLost(Guid participant);

    void topicDiscovered(Guid topic, TopicBuiltinTopicData data);

    /** A remote topic is gone (its participant left, or its last endpoint did). */
    void topicLost(Guid topic);

    /** The TOPIC_DATA of this participant's topic of that name, or {@code null}; paths announce it. */
    TopicData topicData(String topicName);

    void publicationDiscovered(WriterDescription writer);

    void publicationLost(Guid writer);

    void subscriptionDiscovered(ReaderDescription reader);

    void subscriptionLost(Guid reader);
}
