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

/** TODO */
public interface TopicQos extends EntityQos<QosPolicy.ForTopic> {

    /** TODO */
    TopicData getTopicData();

    /** TODO */
    Durability getDurability();

    /** TODO */
    DurabilityService getDurabilityService();

    /** TODO */
    Deadline getDeadline();

    /** TODO */
    LatencyBudget getLatencyBudget();

    /** TODO */
    Liveliness getLiveliness();

    /** TODO */
    Reliability getReliability();

    /** TODO */
    DestinationOrder getDestinationOrder();

    /** TODO */
    History getHistory();

    /** TODO */
    ResourceLimits getResourceLimits();

    /** TODO */
    TransportPriority getTransportPriority();

    /** TODO */
    Lifespan getLifespan();

    /** TODO */
    Ownership getOwnership();

    /** TODO */
    DataRepresentation getRepresentation();

    /** TODO */
    TypeConsistencyEnforcement getTypeConsistency();

    /** TODO */
    TopicQos withPolicy(QosPolicy.ForTopic forTopic);

    /** TODO */
    TopicQos withPolicies(QosPolicy.ForTopic... forTopics);
}
