package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
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
import org.omg.dds.core.policy.QosPolicy.ForTopic;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.topic.TopicQos;

/**
 * Sirocco's immutable {@link TopicQos}. Besides the standard policies it always holds Sirocco's
 * {@code Consistency} and {@code Acceleration}, reachable with {@code get(Consistency.class)}.
 */
public final class SiroccoTopicQos extends PolicyMapQos<ForTopic, SiroccoTopicQos> implements TopicQos {
    private static final long serialVersionUID = 1L;

    private SiroccoTopicQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForTopic>, ForTopic> policies) {
        super(environment, ForTopic.class, policies);
    }

    /**
     * The DDS default (reliability {@code BEST_EFFORT}, history {@code KEEP_LAST} 1, everything else
     * as {@link SiroccoPolicyFactory} gives it), with {@code EVENTUAL} consistency and no acceleration.
     */
    public static SiroccoTopicQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoTopicQos(env, mapOf(List.<ForTopic>of(
                f.TopicData(), f.Durability(), f.DurabilityService(), f.Deadline(), f.LatencyBudget(),
                f.Liveliness(), f.Reliability(), f.DestinationOrder(), f.History(), f.ResourceLimits(),
                f.TransportPriority(), f.Lifespan(), f.Ownership(), f.Representation(),
                f.TypeConsistency(), f.Consistency(), f.Acceleration())));
    }

    @Override
    SiroccoTopicQos copyWith(LinkedHashMap<Class<? extends ForTopic>, ForTopic> policies) {
        return new SiroccoTopicQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "TopicQos";
    }

    @Override
    public TopicData getTopicData() {
        return policy(TopicData.class);
    }

    @Override
    public Durability getDurability() {
        return policy(Durability.class);
    }

    @Override
    public DurabilityService getDurabilityService() {
        return policy(DurabilityService.class);
    }

    @Override
    public Deadline getDeadline() {
        return policy(Deadline.class);
    }

    @Override
    public LatencyBudget getLatencyBudget() {
        return policy(LatencyBudget.class);
    }

    @Override
    public Liveliness getLiveliness() {
        return policy(Liveliness.class);
    }

    @Override
    public Reliability getReliability() {
        return policy(Reliability.class);
    }

    @Override
    public DestinationOrder getDestinationOrder() {
        return policy(DestinationOrder.class);
    }

    @Override
    public History getHistory() {
        return policy(History.class);
    }

    @Override
    public ResourceLimits getResourceLimits() {
        return policy(ResourceLimits.class);
    }

    @Override
    public TransportPriority getTransportPriority() {
        return policy(TransportPriority.class);
    }

    @Override
    public Lifespan getLifespan() {
        return policy(Lifespan.class);
    }

    @Override
    public Ownership getOwnership() {
        return policy(Ownership.class);
    }

    @Override
    public DataRepresentation getRepresentation() {
        return policy(DataRepresentation.class);
    }

    @Override
    public TypeConsistencyEnforcement getTypeConsistency() {
        return policy(TypeConsistencyEnforcement.class);
    }
}
