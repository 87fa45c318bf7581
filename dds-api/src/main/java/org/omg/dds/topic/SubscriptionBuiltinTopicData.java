package org.omg.dds.topic;

import java.io.Serializable;
import java.util.List;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.type.typeobject.TypeObject;

/** TODO */
public interface SubscriptionBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** TODO */
    BuiltinTopicKey getKey();

    /** TODO */
    BuiltinTopicKey getParticipantKey();

    /** TODO */
    String getTopicName();

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
    Deadline getDeadline();

    /** TODO */
    LatencyBudget getLatencyBudget();

    /** TODO */
    Liveliness getLiveliness();

    /** TODO */
    Reliability getReliability();

    /** TODO */
    Ownership getOwnership();

    /** TODO */
    DestinationOrder getDestinationOrder();

    /** TODO */
    UserData getUserData();

    /** TODO */
    TimeBasedFilter getTimeBasedFilter();

    /** TODO */
    Presentation getPresentation();

    /** TODO */
    Partition getPartition();

    /** TODO */
    TopicData getTopicData();

    /** TODO */
    GroupData getGroupData();

    /** TODO */
    DataRepresentation getRepresentation();

    /** TODO */
    TypeConsistencyEnforcement getTypeConsistency();

    /** TODO */
    void copyFrom(SubscriptionBuiltinTopicData subscriptionBuiltinTopicData);

    /** TODO */
    SubscriptionBuiltinTopicData clone();
}
