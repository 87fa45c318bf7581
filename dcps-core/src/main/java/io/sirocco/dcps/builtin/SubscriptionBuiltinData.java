package io.sirocco.dcps.builtin;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.spi.ReaderDescription;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
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
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.BuiltinTopicKey;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.type.typeobject.TypeObject;

/** A DCPSSubscription sample: a data reader's identity, topic and QoS (with its subscriber's). */
public final class SubscriptionBuiltinData implements SubscriptionBuiltinTopicData, BuiltinSample {
    private static final long serialVersionUID = 1L;

    private final transient SiroccoServiceEnvironment environment;
    private final BuiltinKey key;
    private final BuiltinKey participantKey;
    private String topicName = "";
    private String typeName = "";
    private transient DataReaderQos qos;
    private transient SubscriberQos subscriberQos;
    private transient TopicData topicData;

    public SubscriptionBuiltinData(SiroccoServiceEnvironment environment) {
        this.environment = environment;
        this.key = new BuiltinKey(environment);
        this.participantKey = new BuiltinKey(environment);
        this.qos = environment.qosDefaults().dataReaderQos();
        this.subscriberQos = environment.qosDefaults().subscriberQos();
        this.topicData = environment.qosDefaults().topicQos().getTopicData();
    }

    /** The sample describing {@code reader}; {@code topicData} may be {@code null} when unknown. */
    public SubscriptionBuiltinData(SiroccoServiceEnvironment environment, ReaderDescription reader, TopicData topicData) {
        this(environment);
        key.set(reader.guid());
        participantKey.set(reader.participant());
        this.topicName = reader.topicName();
        this.typeName = reader.typeName();
        this.qos = reader.qos();
        this.subscriberQos = reader.subscriberQos();
        if (topicData != null) {
            this.topicData = topicData;
        }
    }

    @Override
    public BuiltinKey key() {
        return key;
    }

    @Override
    public BuiltinTopicKey getKey() {
        return key;
    }

    @Override
    public BuiltinTopicKey getParticipantKey() {
        return participantKey;
    }

    @Override
    public String getTopicName() {
        return topicName;
    }

    @Override
    public String getTypeName() {
        return typeName;
    }

    @Override
    public List<String> getEquivalentTypeName() {
        return List.of();
    }

    @Override
    public List<String> getBaseTypeName() {
        return List.of();
    }

    /** Type objects are not exchanged yet: always {@code null}. */
    @Override
    public TypeObject getType() {
        return null;
    }

    @Override
    public Durability getDurability() {
        return qos.getDurability();
    }


    @Override
    public Deadline getDeadline() {
        return qos.getDeadline();
    }

    @Override
    public LatencyBudget getLatencyBudget() {
        return qos.getLatencyBudget();
    }

    @Override
    public Liveliness getLiveliness() {
        return qos.getLiveliness();
    }

    @Override
    public Reliability getReliability() {
        return qos.getReliability();
    }


    @Override
    public UserData getUserData() {
        return qos.getUserData();
    }

    @Override
    public Ownership getOwnership() {
        return qos.getOwnership();
    }


    @Override
    public DestinationOrder getDestinationOrder() {
        return qos.getDestinationOrder();
    }

    @Override
    public TimeBasedFilter getTimeBasedFilter() {
        return qos.getTimeBasedFilter();
    }

    @Override
    public Presentation getPresentation() {
        return subscriberQos.getPresentation();
    }

    @Override
    public Partition getPartition() {
        return subscriberQos.getPartition();
    }

    @Override
    public TopicData getTopicData() {
        return topicData;
    }

    @Override
    public GroupData getGroupData() {
        return subscriberQos.getGroupData();
    }

    @Override
    public DataRepresentation getRepresentation() {
        return qos.getRepresentation();
    }

    @Override
    public TypeConsistencyEnforcement getTypeConsistency() {
        return qos.getTypeConsistency();
    }

    @Override
    public void copyFrom(SubscriptionBuiltinTopicData other) {
        key.copyFrom(other.getKey());
        participantKey.copyFrom(other.getParticipantKey());
        topicName = other.getTopicName();
        typeName = other.getTypeName();
        if (other instanceof SubscriptionBuiltinData data) {
            qos = data.qos;
            subscriberQos = data.subscriberQos;
            topicData = data.topicData;
        }
    }

    @Override
    public SubscriptionBuiltinData clone() {
        SubscriptionBuiltinData copy = new SubscriptionBuiltinData(environment);
        copy.copyFrom(this);
        return copy;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "DCPSSubscription[" + key + " " + topicName + " : " + typeName + "]";
    }
}
