package org.omg.dds.topic;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;

/**
 * The QoS of a {@link Topic}. Most of its policies are not used by the topic itself but serve as
 * defaults for the writers and readers of the topic, see
 * {@link org.omg.dds.pub.Publisher#copyFromTopicQos(org.omg.dds.pub.DataWriterQos, TopicQos)}.
 * Instances are immutable: the {@code with...} methods return modified copies.
 */
public interface TopicQos extends EntityQos<QosPolicy.ForTopic> {

    /** Returns application data attached to the topic and announced in discovery ({@code DCPSTopic}). */
    TopicData getTopicData();

    /** Returns whether, and where, samples of the topic are kept for readers that join later. */
    Durability getDurability();

    /**
     * Returns the history and resource limits the durability service applies to {@code TRANSIENT}
     * and {@code PERSISTENT} data of the topic.
     */
    DurabilityService getDurabilityService();

    /** Returns the period within which each instance of the topic is expected to be updated. */
    Deadline getDeadline();

    /**
     * Returns the delay acceptable between writing and delivery, a hint the middleware may use for
     * batching.
     */
    LatencyBudget getLatencyBudget();

    /** Returns how the liveliness of writers is asserted and the lease duration within which it must be. */
    Liveliness getLiveliness();

    /**
     * Returns whether delivery is reliable or best effort, and how long a write may block when
     * resources are full.
     */
    Reliability getReliability();

    /** Returns whether readers order samples by reception or by source timestamp. */
    DestinationOrder getDestinationOrder();

    /**
     * Returns how many samples per instance are kept ({@code KEEP_LAST} with a depth, or
     * {@code KEEP_ALL}).
     */
    History getHistory();

    /** Returns the maximum numbers of samples, instances and samples per instance that may be held. */
    ResourceLimits getResourceLimits();

    /** Returns the priority hint given to the transport for the topic's data. */
    TransportPriority getTransportPriority();

    /** Returns how long a written sample stays valid. */
    Lifespan getLifespan();

    /**
     * Returns whether instances may be updated by several writers ({@code SHARED}) or only by the
     * strongest one ({@code EXCLUSIVE}).
     */
    Ownership getOwnership();

    /** Returns the data representations used for the topic's samples. */
    DataRepresentation getRepresentation();

    /** Returns the rules deciding whether writer and reader data types are compatible. */
    TypeConsistencyEnforcement getTypeConsistency();

    /** Returns a copy of this QoS with the given policy replaced. */
    TopicQos withPolicy(QosPolicy.ForTopic policy);

    /** Returns a copy of this QoS with the given policies replaced. */
    TopicQos withPolicies(QosPolicy.ForTopic... policies);
}
