package org.omg.dds.core.policy;

import java.io.Serializable;
import org.omg.dds.core.DDSObject;

/**
 * The common supertype of all DDS QoS policies.
 *
 * <p>A QoS policy is an immutable value that configures one aspect of the behaviour of an entity.
 * Policies are obtained with their default values from the {@link PolicyFactory} of a
 * {@link org.omg.dds.core.ServiceEnvironment}, and each {@code withXxx} method of a policy returns a
 * modified copy, leaving the receiver unchanged; policies can therefore be shared freely between
 * threads and QoS objects.
 *
 * <p>The nested marker interfaces state which kinds of entity a policy may be applied to; a policy
 * class extends one marker per entity kind whose QoS contains it.
 */
public interface QosPolicy extends Serializable, DDSObject {

    /** Marker for policies that are part of a {@link org.omg.dds.sub.DataReaderQos}. */
    public interface ForDataReader extends QosPolicy {
    }

    /** Marker for policies that are part of a {@link org.omg.dds.pub.DataWriterQos}. */
    public interface ForDataWriter extends QosPolicy {
    }

    /** Marker for policies that are part of a {@link org.omg.dds.topic.TopicQos}. */
    public interface ForTopic extends QosPolicy {
    }

    /** Marker for policies that are part of a {@link org.omg.dds.sub.SubscriberQos}. */
    public interface ForSubscriber extends QosPolicy {
    }

    /** Marker for policies that are part of a {@link org.omg.dds.pub.PublisherQos}. */
    public interface ForPublisher extends QosPolicy {
    }

    /** Marker for policies that are part of a {@link org.omg.dds.domain.DomainParticipantQos}. */
    public interface ForDomainParticipant extends QosPolicy {
    }

    /** Marker for policies that are part of a {@link org.omg.dds.domain.DomainParticipantFactoryQos}. */
    public interface ForDomainParticipantFactory extends QosPolicy {
    }
}
