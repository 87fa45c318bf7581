package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/**
 * A source of ready-made QoS settings, read from an external document (typically an XML file of
 * QoS profiles) so that QoS can be tuned without changing code. A provider is bound to one profile
 * of that document; each kind of QoS can be fetched in its default (unnamed) form or by name.
 */
public abstract class QosProvider implements DDSObject {

    /**
     * For implementations only; applications call
     * {@link #newQosProvider(String, String, ServiceEnvironment)}.
     */
    public QosProvider() {
    }

    /**
     * Creates a provider that reads the QoS profiles of the document at {@code uri}.
     *
     * @param uri the location of the document holding the profiles
     * @param profile the name of the profile to take QoS settings from
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static QosProvider newQosProvider(String uri, String profile, ServiceEnvironment env) {
        return Environments.spi(env).newQosProvider(uri, profile);
    }

    /** Returns the default (unnamed) domain participant factory QoS of this provider's profile. */
    public abstract DomainParticipantFactoryQos getDomainParticipantFactoryQos();

    /**
     * Returns the domain participant factory QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract DomainParticipantFactoryQos getDomainParticipantFactoryQos(String name);

    /** Returns the default (unnamed) domain participant QoS of this provider's profile. */
    public abstract DomainParticipantQos getDomainParticipantQos();

    /**
     * Returns the domain participant QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract DomainParticipantQos getDomainParticipantQos(String name);

    /** Returns the default (unnamed) topic QoS of this provider's profile. */
    public abstract TopicQos getTopicQos();

    /**
     * Returns the topic QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract TopicQos getTopicQos(String name);

    /** Returns the default (unnamed) subscriber QoS of this provider's profile. */
    public abstract SubscriberQos getSubscriberQos();

    /**
     * Returns the subscriber QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract SubscriberQos getSubscriberQos(String name);

    /** Returns the default (unnamed) publisher QoS of this provider's profile. */
    public abstract PublisherQos getPublisherQos();

    /**
     * Returns the publisher QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract PublisherQos getPublisherQos(String name);

    /** Returns the default (unnamed) data reader QoS of this provider's profile. */
    public abstract DataReaderQos getDataReaderQos();

    /**
     * Returns the data reader QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract DataReaderQos getDataReaderQos(String name);

    /** Returns the default (unnamed) data writer QoS of this provider's profile. */
    public abstract DataWriterQos getDataWriterQos();

    /**
     * Returns the data writer QoS with the given name in this provider's profile.
     *
     * @param name the name of the QoS setting
     */
    public abstract DataWriterQos getDataWriterQos(String name);
}
