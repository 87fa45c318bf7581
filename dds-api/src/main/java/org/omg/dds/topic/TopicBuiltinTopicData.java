package org.omg.dds.topic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;
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
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.type.typeobject.TypeObject;

/**
 * What discovery tells about a topic: a sample of the {@code DCPSTopic} built-in topic. It is read
 * from the built-in subscriber's reader for that topic or obtained with
 * {@link org.omg.dds.domain.DomainParticipant#getDiscoveredTopicData(org.omg.dds.core.InstanceHandle)}.
 */
public interface TopicBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** Returns the key that identifies the topic in the domain. */
    BuiltinTopicKey getKey();

    /** Returns the topic's name. */
    String getName();

    /** Returns the name under which the topic's data type is registered. */
    String getTypeName();

    /**
     * Returns the names of other types the topic's data type is declared equivalent to, used in
     * type matching.
     */
    List<String> getEquivalentTypeName();

    /** Returns the names of the types the topic's data type derives from, used in type matching. */
    List<String> getBaseTypeName();

    /** Returns the description of the topic's data type, or {@code null} if none was announced. */
    TypeObject getType();

    /** Returns the topic's Durability QoS. */
    Durability getDurability();

    /** Returns the topic's DurabilityService QoS. */
    DurabilityService getDurabilityService();

    /** Returns the topic's Deadline QoS. */
    Deadline getDeadline();

    /** Returns the topic's LatencyBudget QoS. */
    LatencyBudget getLatencyBudget();

    /** Returns the topic's Liveliness QoS. */
    Liveliness getLiveliness();

    /** Returns the topic's Reliability QoS. */
    Reliability getReliability();

    /** Returns the topic's TransportPriority QoS. */
    TransportPriority getTransportPriority();

    /** Returns the topic's Lifespan QoS. */
    Lifespan getLifespan();

    /** Returns the topic's DestinationOrder QoS. */
    DestinationOrder getDestinationOrder();

    /** Returns the topic's History QoS. */
    History getHistory();

    /** Returns the topic's ResourceLimits QoS. */
    ResourceLimits getResourceLimits();

    /** Returns the topic's Ownership QoS. */
    Ownership getOwnership();

    /** Returns the topic's TopicData QoS. */
    TopicData getTopicData();

    /** Returns the topic's DataRepresentation QoS. */
    DataRepresentation getRepresentation();

    /** Returns the topic's TypeConsistencyEnforcement QoS. */
    TypeConsistencyEnforcement getTypeConsistency();

    /** Overwrites this object with the contents of {@code other}. */
    void copyFrom(TopicBuiltinTopicData other);

    /** Returns an independent copy of this object. */
    TopicBuiltinTopicData clone();
}
