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

/**
 * What discovery tells about a data reader: a sample of the {@code DCPSSubscription} built-in
 * topic. It is read from the built-in subscriber's reader for that topic or obtained with
 * {@link org.omg.dds.pub.DataWriter#getMatchedSubscriptionData(org.omg.dds.core.InstanceHandle)}.
 */
public interface SubscriptionBuiltinTopicData extends Cloneable, Serializable, DDSObject {

    /** Returns the key that identifies the data reader in the domain. */
    BuiltinTopicKey getKey();

    /** Returns the key of the participant the data reader belongs to. */
    BuiltinTopicKey getParticipantKey();

    /** Returns the name of the topic the reader uses. */
    String getTopicName();

    /** Returns the name under which the reader's data type is registered. */
    String getTypeName();

    /**
     * Returns the names of other types the reader's data type is declared equivalent to, used in
     * type matching.
     */
    List<String> getEquivalentTypeName();

    /** Returns the names of the types the reader's data type derives from, used in type matching. */
    List<String> getBaseTypeName();

    /** Returns the description of the reader's data type, or {@code null} if none was announced. */
    TypeObject getType();

    /** Returns the reader's Durability QoS. */
    Durability getDurability();

    /** Returns the reader's Deadline QoS. */
    Deadline getDeadline();

    /** Returns the reader's LatencyBudget QoS. */
    LatencyBudget getLatencyBudget();

    /** Returns the reader's Liveliness QoS. */
    Liveliness getLiveliness();

    /** Returns the reader's Reliability QoS. */
    Reliability getReliability();

    /** Returns the reader's Ownership QoS. */
    Ownership getOwnership();

    /** Returns the reader's DestinationOrder QoS. */
    DestinationOrder getDestinationOrder();

    /** Returns the reader's UserData QoS. */
    UserData getUserData();

    /** Returns the reader's TimeBasedFilter QoS. */
    TimeBasedFilter getTimeBasedFilter();

    /** Returns the Presentation QoS of the reader's subscriber. */
    Presentation getPresentation();

    /** Returns the Partition QoS of the reader's subscriber. */
    Partition getPartition();

    /** Returns the TopicData QoS of the reader's topic. */
    TopicData getTopicData();

    /** Returns the GroupData QoS of the reader's subscriber. */
    GroupData getGroupData();

    /** Returns the data representations the reader accepts. */
    DataRepresentation getRepresentation();

    /** Returns the reader's TypeConsistencyEnforcement QoS. */
    TypeConsistencyEnforcement getTypeConsistency();

    /** Overwrites this object with the contents of {@code other}. */
    void copyFrom(SubscriptionBuiltinTopicData other);

    /** Returns an independent copy of this object. */
    SubscriptionBuiltinTopicData clone();
}
