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

/** TODO */
public interface TopicBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** TODO */
    BuiltinTopicKey getKey();

    /** TODO */
    String getName();

    /** TODO */
    String getTypeName();

    /** TODO */
    List<String> getEquivalentTypeName();

    /** TODO */
    List<String> getBaseTypeName();

    /** TODO */
    TypeObject getType();

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
    TransportPriority getTransportPriority();

    /** TODO */
    Lifespan getLifespan();

    /** TODO */
    DestinationOrder getDestinationOrder();

    /** TODO */
    History getHistory();

    /** TODO */
    ResourceLimits getResourceLimits();

    /** TODO */
    Ownership getOwnership();

    /** TODO */
    TopicData getTopicData();

    /** TODO */
    DataRepresentation getRepresentation();

    /** TODO */
    TypeConsistencyEnforcement getTypeConsistency();

    /** TODO */
    void copyFrom(TopicBuiltinTopicData topicBuiltinTopicData);

    /** TODO */
    TopicBuiltinTopicData clone();
}
