package io.sirocco.dcps.builtin;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.spi.WriterDescription;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
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
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.topic.BuiltinTopicKey;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.type.typeobject.TypeObject;

/** A DCPSPublication sample: a data writer's identity, topic and QoS (with its publisher's). */
public final class PublicationBuiltinData implements PublicationBuiltinTopicData, BuiltinSample {
    private static final long serialVersionUID = 1L;

    private final transient SiroccoServiceEnvironment environment;
    private final BuiltinKey key;
    private final BuiltinKey participantKey;
    private String topicName = "";
    private String typeName = "";
    private transient DataWriterQos qos;
    private transient PublisherQos publisherQos;
    private transient TopicData topicData;

    public PublicationBuiltinData(SiroccoServiceEnvironment environment) {
        this.environment = environment;
        this.key = new BuiltinKey(environment);
        this.participantKey = new BuiltinKey(environment);
        this.qos = environment.qosDefaults().dataWriterQos();
        this.publisherQos = environment.qosDefaults().publisherQos();
        this.topicData = environment.qosDefaults().topicQos().getTopicData();
    }

    /** The sample describing {@code writer}; {@code topicData} may be {@code null} when unknown. */
    public PublicationBuiltinData(SiroccoServiceEnvironment environment, WriterDescription writer, TopicData topicData) {
        this(environment);
        key.set(writer.guid());
        participantKey.set(writer.participant());
        this.topicName = writer.topicName();
        this.typeName = writer.typeName();
        this.qos = writer.qos();
        this.publisherQos = writer.publisherQos();
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
    public DurabilityService getDurabilityService() {
        return qos.getDurabilityService();
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
    public Lifespan getLifespan() {
        return qos.getLifespan();
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
    public OwnershipStrength getOwnershipStrength() {
        return qos.getOwnershipStrength();
    }

    @Override
    public DestinationOrder getDestinationOrder() {
        return qos.getDestinationOrder();
    }

    @Override
    public Presentation getPresentation() {
        return publisherQos.getPresentation();
    }

    @Override
    public Partition getPartition() {
        return publisherQos.getPartition();
    }

    @Override
    public TopicData getTopicData() {
        return topicData;
    }

    @Override
    public GroupData getGroupData() {
        return publisherQos.getGroupData();
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
    public void copyFrom(PublicationBuiltinTopicData other) {
        key.copyFrom(other.getKey());
        participantKey.copyFrom(other.getParticipantKey());
        topicName = other.getTopicName();
        typeName = other.getTypeName();
        if (other instanceof PublicationBuiltinData data) {
            qos = data.qos;
            publisherQos = data.publisherQos;
            topicData = data.topicData;
        }
    }

    @Override
    public PublicationBuiltinData clone() {
        PublicationBuiltinData copy = new PublicationBuiltinData(environment);
        copy.copyFrom(this);
        return copy;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "DCPSPublication[" + key + " " + topicName + " : " + typeName + "]";
    }
}
