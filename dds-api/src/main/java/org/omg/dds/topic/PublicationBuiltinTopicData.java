package org.omg.dds.topic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.type.typeobject.TypeObject;

/**
 * What discovery tells about a data writer: a sample of the {@code DCPSPublication} built-in topic.
 * It is read from the built-in subscriber's reader for that topic or obtained with
 * {@link org.omg.dds.sub.DataReader#getMatchedPublicationData(org.omg.dds.core.InstanceHandle)}.
 */
public interface PublicationBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** Returns the key that identifies the data writer in the domain. */
    BuiltinTopicKey getKey();

    /** Returns the key of the participant the data writer belongs to. */
    BuiltinTopicKey getParticipantKey();

    /** Returns the name of the topic the writer uses. */
    String getTopicName();

    /** Returns the name under which the writer's data type is registered. */
    String getTypeName();

    /**
     * Returns the names of other types the writer's data type is declared equivalent to, used in
     * type matching.
     */
    List<String> getEquivalentTypeName();

    /** Returns the names of the types the writer's data type derives from, used in type matching. */
    List<String> getBaseTypeName();

    /** Returns the description of the writer's data type, or {@code null} if none was announced. */
    TypeObject getType();

    /** Returns the writer's Durability QoS. */
    Durability getDurability();

    /** Returns the writer's DurabilityService QoS. */
    DurabilityService getDurabilityService();

    /** Returns the writer's Deadline QoS. */
    Deadline getDeadline();

    /** Returns the writer's LatencyBudget QoS. */
    LatencyBudget getLatencyBudget();

    /** Returns the writer's Liveliness QoS. */
    Liveliness getLiveliness();

    /** Returns the writer's Reliability QoS. */
    Reliability getReliability();

    /** Returns the writer's Lifespan QoS. */
    Lifespan getLifespan();

    /** Returns the writer's UserData QoS. */
    UserData getUserData();

    /** Returns the writer's Ownership QoS. */
    Ownership getOwnership();

    /** Returns the writer's OwnershipStrength QoS. */
    OwnershipStrength getOwnershipStrength();

    /** Returns the writer's DestinationOrder QoS. */
    DestinationOrder getDestinationOrder();

    /** Returns the Presentation QoS of the writer's publisher. */
    Presentation getPresentation();

    /** Returns the Partition QoS of the writer's publisher. */
    Partition getPartition();

    /** Returns the TopicData QoS of the writer's topic. */
    TopicData getTopicData();

    /** Returns the GroupData QoS of the writer's publisher. */
    GroupData getGroupData();

    /** Returns the data representations the writer uses. */
    DataRepresentation getRepresentation();

    /** Returns the writer's TypeConsistencyEnforcement QoS. */
    TypeConsistencyEnforcement getTypeConsistency();

    /** Overwrites this object with the contents of {@code other}. */
    void copyFrom(PublicationBuiltinTopicData other);

    /** Returns an independent copy of this object. */
    PublicationBuiltinTopicData clone();
}
