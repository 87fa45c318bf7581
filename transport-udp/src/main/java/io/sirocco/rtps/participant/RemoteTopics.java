package io.sirocco.rtps.participant;

import io.sirocco.dcps.builtin.TopicBuiltinData;
import io.sirocco.dcps.core.EntityIds;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.rtps.discovery.EndpointData;
import java.util.HashMap;
import java.util.Map;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.topic.TopicQos;

/**
 * The topics of remote participants, as DCPSTopic shows them. Peers such as Cyclone DDS do not
 * announce topics by default, so a remote topic is known from its endpoints: it appears with a
 * participant's first writer or reader of that name and goes with its last. Its key is derived
 * from the participant's GUID prefix and the topic name, so each participant's topic is one instance.
 */
final class RemoteTopics {
    private final SiroccoServiceEnvironment environment;
    private final Map<Guid, Integer> endpointCount = new HashMap<>();
    private final Map<Guid, Guid> topicOfEndpoint = new HashMap<>();

    RemoteTopics(SiroccoServiceEnvironment environment) {
        this.environment = environment;
    }

    /** The topic's GUID: the endpoint's prefix and an entity id hashed from the name. */
    static Guid topicGuid(Guid endpoint, String topicName) {
        int h = topicName.hashCode() * 0x9E3779B1;
        return endpoint.withEntityId(((h ^ (h >>> 15)) & 0xffffff) << 8 | EntityIds.KIND_TOPIC);
    }

    /** Records an endpoint; returns the topic's DCPSTopic data when it is the topic's first. */
    synchronized TopicBuiltinData added(EndpointData endpoint) {
        if (topicOfEndpoint.containsKey(endpoint.guid())) {
            return null;
        }
        Guid topic = topicGuid(endpoint.guid(), endpoint.topicName());
        topicOfEndpoint.put(endpoint.guid(), topic);
        if (endpointCount.merge(topic, 1, Integer::sum) > 1) {
            return null;
        }
        String typeName = endpoint.isPublication() ? endpoint.writer().typeName() : endpoint.reader().typeName();
        return new TopicBuiltinData(environment, topic, endpoint.topicName(), typeName, qosOf(endpoint));
    }

    /** Forgets an endpoint; returns its topic's GUID when that was the topic's last endpoint. */
    synchronized Guid removed(Guid endpoint) {
        Guid topic = topicOfEndpoint.remove(endpoint);
        if (topic == null) {
            return null;
        }
        if (endpointCount.merge(topic, -1, Integer::sum) > 0) {
            return null;
        }
        endpointCount.remove(topic);
        return topic;
    }

    /** The topic-level policies the endpoint announced. */
    private TopicQos qosOf(EndpointData endpoint) {
        TopicQos defaults = environment.qosDefaults().topicQos();
        QosPolicy.ForTopic[] policies;
        if (endpoint.isPublication()) {
            var q = endpoint.writer().qos();
            policies = new QosPolicy.ForTopic[] {q.getDurability(), q.getDurabilityService(), q.getDeadline(),
                q.getLatencyBudget(), q.getLiveliness(), q.getReliability(), q.getDestinationOrder(), q.getHistory(),
                q.getResourceLimits(), q.getTransportPriority(), q.getLifespan(), q.getOwnership(),
                q.getRepresentation()};
        } else {
            var q = endpoint.reader().qos();
            policies = new QosPolicy.ForTopic[] {q.getDurability(), q.getDeadline(), q.getLatencyBudget(),
                q.getLiveliness(), q.getReliability(), q.getDestinationOrder(), q.getHistory(), q.getResourceLimits(),
                q.getOwnership(), q.getRepresentation()};
        }
        TopicQos qos = defaults.withPolicies(policies);
        return endpoint.topicData() == null ? qos : qos.withPolicy(endpoint.topicData());
    }
}
