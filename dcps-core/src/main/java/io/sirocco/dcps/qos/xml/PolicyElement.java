package io.sirocco.dcps.qos.xml;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.Consistency;
import java.util.ArrayList;
import java.util.List;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.ReaderDataLifecycle;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.core.policy.WriterDataLifecycle;

/**
 * The policy elements of DDS-XML, each with the key its policy is stored under in an entity QoS. The
 * first name is DDS-XML's and is what the writer produces; further names are other vendors' spellings
 * the parser accepts. The declaration order is the order in which the writer lists policies.
 */
enum PolicyElement {
    ENTITY_FACTORY(EntityFactory.class, "entity_factory"),
    USER_DATA(UserData.class, "user_data"),
    TOPIC_DATA(TopicData.class, "topic_data"),
    GROUP_DATA(GroupData.class, "group_data"),
    PRESENTATION(Presentation.class, "presentation"),
    PARTITION(Partition.class, "partition"),
    DURABILITY(Durability.class, "durability"),
    DURABILITY_SERVICE(DurabilityService.class, "durability_service"),
    DEADLINE(Deadline.class, "deadline"),
    LATENCY_BUDGET(LatencyBudget.class, "latency_budget"),
    LIVELINESS(Liveliness.class, "liveliness"),
    RELIABILITY(Reliability.class, "reliability"),
    DESTINATION_ORDER(DestinationOrder.class, "destination_order"),
    HISTORY(History.class, "history"),
    RESOURCE_LIMITS(ResourceLimits.class, "resource_limits"),
    TRANSPORT_PRIORITY(TransportPriority.class, "transport_priority"),
    LIFESPAN(Lifespan.class, "lifespan"),
    OWNERSHIP(Ownership.class, "ownership"),
    OWNERSHIP_STRENGTH(OwnershipStrength.class, "ownership_strength"),
    TIME_BASED_FILTER(TimeBasedFilter.class, "time_based_filter"),
    WRITER_DATA_LIFECYCLE(WriterDataLifecycle.class, "writer_data_lifecycle"),
    READER_DATA_LIFECYCLE(ReaderDataLifecycle.class, "reader_data_lifecycle"),
    REPRESENTATION(DataRepresentation.class, "representation", "data_representation"),
    TYPE_CONSISTENCY(TypeConsistencyEnforcement.class, "type_consistency"),
    CONSISTENCY(Consistency.class, "consistency"),
    ACCELERATION(Acceleration.class, "acceleration");

    private final Class<? extends QosPolicy> key;
    private final List<String> names;

    PolicyElement(Class<? extends QosPolicy> key, String... names) {
        this.key = key;
        this.names = List.of(names);
    }

    /** The key of the policy in an entity QoS ({@code Durability.class}, {@code Consistency.class}). */
    Class<? extends QosPolicy> key() {
        return key;
    }

    /** The DDS-XML element name. */
    String element() {
        return names.getFirst();
    }

    /** The policy element called {@code name} that a QoS of {@code kind} takes, or null. */
    static PolicyElement forElement(EntityKind kind, String name) {
        for (PolicyElement element : values()) {
            if (element.names.contains(name) && kind.takes(element.key)) {
                return element;
            }
        }
        return null;
    }

    /** The policy element stored under {@code key}, or null for a policy DDS-XML cannot express. */
    static PolicyElement forKey(Class<? extends QosPolicy> key) {
        for (PolicyElement element : values()) {
            if (element.key == key) {
                return element;
            }
        }
        return null;
    }

    /** The element names a QoS of {@code kind} accepts, for messages. */
    static List<String> elementNames(EntityKind kind) {
        List<String> names = new ArrayList<>();
        for (PolicyElement element : values()) {
            if (kind.takes(element.key)) {
                names.add(element.element());
            }
        }
        return names;
    }
}
