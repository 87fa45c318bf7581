package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.qos.SiroccoDataReaderQos;
import io.sirocco.dcps.qos.SiroccoDataWriterQos;
import io.sirocco.dcps.qos.SiroccoDomainParticipantFactoryQos;
import io.sirocco.dcps.qos.SiroccoDomainParticipantQos;
import io.sirocco.dcps.qos.SiroccoPublisherQos;
import io.sirocco.dcps.qos.SiroccoSubscriberQos;
import io.sirocco.dcps.qos.SiroccoTopicQos;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/**
 * The seven kinds of entity QoS a profile can hold, with the element that writes each one (the first
 * name, which the writer uses) and the spellings other vendors use for it, which the parser accepts.
 * Every profile QoS starts from {@linkplain #defaults Sirocco's defaults} for its kind.
 */
enum EntityKind {
    PARTICIPANT_FACTORY(DomainParticipantFactoryQos.class, QosPolicy.ForDomainParticipantFactory.class,
            SiroccoDomainParticipantFactoryQos::defaults, "domain_participant_factory_qos",
            "participant_factory_qos", "domainparticipantfactory_qos", "participantfactory_qos"),
    PARTICIPANT(DomainParticipantQos.class, QosPolicy.ForDomainParticipant.class,
            SiroccoDomainParticipantQos::defaults, "domain_participant_qos", "domainparticipant_qos",
            "participant_qos"),
    TOPIC(TopicQos.class, QosPolicy.ForTopic.class, SiroccoTopicQos::defaults, "topic_qos"),
    PUBLISHER(PublisherQos.class, QosPolicy.ForPublisher.class, SiroccoPublisherQos::defaults, "publisher_qos"),
    SUBSCRIBER(SubscriberQos.class, QosPolicy.ForSubscriber.class, SiroccoSubscriberQos::defaults,
            "subscriber_qos"),
    DATA_WRITER(DataWriterQos.class, QosPolicy.ForDataWriter.class, SiroccoDataWriterQos::defaults,
            "datawriter_qos", "writer_qos"),
    DATA_READER(DataReaderQos.class, QosPolicy.ForDataReader.class, SiroccoDataReaderQos::defaults,
            "datareader_qos", "reader_qos");

    private final Class<?> qosType;
    private final Class<? extends QosPolicy> marker;
    private final Function<ServiceEnvironment, EntityQos<?>> defaults;
    private final List<String> elements;

    EntityKind(Class<?> qosType, Class<? extends QosPolicy> marker,
            Function<ServiceEnvironment, EntityQos<?>> defaults, String... elements) {
        this.qosType = qosType;
        this.marker = marker;
        this.defaults = defaults;
        this.elements = List.of(elements);
    }

    /** The element name the writer uses. */
    String element() {
        return elements.getFirst();
    }

    /** Sirocco's default QoS of this kind: where every profile QoS starts. */
    EntityQos<?> defaults(ServiceEnvironment environment) {
        return defaults.apply(environment);
    }

    /** Whether policies stored under {@code key} belong in a QoS of this kind. */
    boolean takes(Class<? extends QosPolicy> key) {
        return marker.isAssignableFrom(key);
    }

    /** The kind whose element (or accepted alias) is {@code element}, or null. */
    static EntityKind forElement(String element) {
        for (EntityKind kind : values()) {
            if (kind.elements.contains(element)) {
                return kind;
            }
        }
        return null;
    }

    /** Every element name that opens an entity QoS, for messages. */
    static List<String> elementNames() {
        List<String> names = new ArrayList<>();
        for (EntityKind kind : values()) {
            names.addAll(kind.elements);
        }
        return names;
    }

    /** The kind of {@code qos}, by the OMG interface it implements. */
    static EntityKind of(EntityQos<?> qos) {
        for (EntityKind kind : values()) {
            if (kind.qosType.isInstance(qos)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("qos " + qos.getClass().getName() + " is none of the seven entity QoS "
                + "interfaces of org.omg.dds");
    }
}
