package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;

/**
 * The default QoS of each kind of entity for one environment, built once. Entities start from these
 * and factories hand them out as their initial default QoS; being immutable, they can be shared.
 */
public final class QosDefaults {
    private final ServiceEnvironment environment;
    private final SiroccoPolicyFactory policyFactory;
    private final SiroccoDomainParticipantFactoryQos participantFactoryQos;
    private final SiroccoDomainParticipantQos participantQos;
    private final SiroccoTopicQos topicQos;
    private final SiroccoPublisherQos publisherQos;
    private final SiroccoSubscriberQos subscriberQos;
    private final SiroccoDataWriterQos dataWriterQos;
    private final SiroccoDataReaderQos dataReaderQos;

    public QosDefaults(ServiceEnvironment environment) {
        this.environment = Args.env(environment);
        this.policyFactory = new SiroccoPolicyFactory(environment);
        this.participantFactoryQos = SiroccoDomainParticipantFactoryQos.defaults(environment);
        this.participantQos = SiroccoDomainParticipantQos.defaults(environment);
        this.topicQos = SiroccoTopicQos.defaults(environment);
        this.publisherQos = SiroccoPublisherQos.defaults(environment);
        this.subscriberQos = SiroccoSubscriberQos.defaults(environment);
        this.dataWriterQos = SiroccoDataWriterQos.defaults(environment);
        this.dataReaderQos = SiroccoDataReaderQos.defaults(environment);
    }

    public ServiceEnvironment environment() {
        return environment;
    }

    public SiroccoPolicyFactory policyFactory() {
        return policyFactory;
    }

    public SiroccoDomainParticipantFactoryQos participantFactoryQos() {
        return participantFactoryQos;
    }

    public SiroccoDomainParticipantQos participantQos() {
        return participantQos;
    }

    public SiroccoTopicQos topicQos() {
        return topicQos;
    }

    public SiroccoPublisherQos publisherQos() {
        return publisherQos;
    }

    public SiroccoSubscriberQos subscriberQos() {
        return subscriberQos;
    }

    public SiroccoDataWriterQos dataWriterQos() {
        return dataWriterQos;
    }

    public SiroccoDataReaderQos dataReaderQos() {
        return dataReaderQos;
    }
}
