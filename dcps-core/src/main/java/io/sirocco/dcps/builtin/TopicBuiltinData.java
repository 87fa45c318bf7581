package io.sirocco.dcps.builtin;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
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
import org.omg.dds.topic.BuiltinTopicKey;
import org.omg.dds.topic.TopicBuiltinTopicData;
import org.omg.dds.topic.TopicQos;
import org.omg.dds.type.typeobject.TypeObject;

/** A DCPSTopic sample: a topic's name, type name and QoS. */
public final class TopicBuiltinData implements TopicBuiltinTopicData, BuiltinSample {
    private static final long serialVersionUID = 1L;

    private final transient SiroccoServiceEnvironment environment;
    private final BuiltinKey key;
    private String name = "";
    private String typeName = "";
    private transient TopicQos qos;

    public TopicBuiltinData(SiroccoServiceEnvironment environment) {
        this.environment = environment;
        this.key = new BuiltinKey(environment);
        this.qos = environment.qosDefaults().topicQos();
    }

    public TopicBuiltinData(SiroccoServiceEnvironment environment, Guid guid, String name, String typeName, TopicQos qos) {
        this(environment);
        key.set(guid);
        this.name = name;
        this.typeName = typeName;
        this.qos = qos;
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
    public String getName() {
        return name;
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
    public TransportPriority getTransportPriority() {
        return qos.getTransportPriority();
    }

    @Override
    public Lifespan getLifespan() {
        return qos.getLifespan();
    }

    @Override
    public DestinationOrder getDestinationOrder() {
        return qos.getDestinationOrder();
    }

    @Override
    public History getHistory() {
        return qos.getHistory();
    }

    @Override
    public ResourceLimits getResourceLimits() {
        return qos.getResourceLimits();
    }

    @Override
    public Ownership getOwnership() {
        return qos.getOwnership();
    }

    @Override
    public TopicData getTopicData() {
        return qos.getTopicData();
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
    public void copyFrom(TopicBuiltinTopicData other) {
        key.copyFrom(other.getKey());
        name = other.getName();
        typeName = other.getTypeName();
        if (other instanceof TopicBuiltinData data) {
            qos = data.qos;
        }
    }

    @Override
    public TopicBuiltinData clone() {
        TopicBuiltinData copy = new TopicBuiltinData(environment);
        copy.copyFrom(this);
        return copy;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "DCPSTopic[" + name + " : " + typeName + "]";
    }
}
