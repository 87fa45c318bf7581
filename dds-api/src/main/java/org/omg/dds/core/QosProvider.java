package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/** TODO */
public abstract class QosProvider implements DDSObject {

    /** TODO */
    public QosProvider() {
    }

    /** TODO */
    public static QosProvider newQosProvider(String uri, String profile, ServiceEnvironment env) {
        return Environments.spi(env).newQosProvider(uri, profile);
    }

    /** TODO */
    public abstract DomainParticipantFactoryQos getDomainParticipantFactoryQos();

    /** TODO */
    public abstract DomainParticipantFactoryQos getDomainParticipantFactoryQos(String name);

    /** TODO */
    public abstract DomainParticipantQos getDomainParticipantQos();

    /** TODO */
    public abstract DomainParticipantQos getDomainParticipantQos(String name);

    /** TODO */
    public abstract TopicQos getTopicQos();

    /** TODO */
    public abstract TopicQos getTopicQos(String name);

    /** TODO */
    public abstract SubscriberQos getSubscriberQos();

    /** TODO */
    public abstract SubscriberQos getSubscriberQos(String name);

    /** TODO */
    public abstract PublisherQos getPublisherQos();

    /** TODO */
    public abstract PublisherQos getPublisherQos(String name);

    /** TODO */
    public abstract DataReaderQos getDataReaderQos();

    /** TODO */
    public abstract DataReaderQos getDataReaderQos(String name);

    /** TODO */
    public abstract DataWriterQos getDataWriterQos();

    /** TODO */
    public abstract DataWriterQos getDataWriterQos(String name);
}
