package io.sirocco.dcps.qos;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.Consistency;
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
 * The key under which a policy is stored in an entity QoS. A standard policy is keyed by its OMG
 * interface, whatever class implements it, so {@code qos.get(Durability.class)} finds Sirocco's and
 * any other vendor's durability alike; any other policy (Sirocco's {@link Consistency} and
 * {@link Acceleration}, future extensions) is keyed by its own class.
 */
public final class PolicyKeys {
    /** The OMG policy interfaces, in the order of the DDS specification's QoS table. */
    public static final List<Class<? extends QosPolicy>> STANDARD = List.of(
            UserData.class, TopicData.class, GroupData.class, Durability.class, DurabilityService.class,
            Presentation.class, Deadline.class, LatencyBudget.class, Ownership.class,
            OwnershipStrength.class, Liveliness.class, TimeBasedFilter.class, Partition.class,
            Reliability.class, TransportPriority.class, Lifespan.class, DestinationOrder.class,
            History.class, ResourceLimits.class, EntityFactory.class, WriterDataLifecycle.class,
            ReaderDataLifecycle.class, DataRepresentation.class, TypeConsistencyEnforcement.class);

    private static final ClassValue<Class<? extends QosPolicy>> KEYS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected Class<? extends QosPolicy> computeValue(Class<?> type) {
            for (Class<? extends QosPolicy> standard : STANDARD) {
                if (standard.isAssignableFrom(type)) {
                    return standard;
                }
            }
            return (Class<? extends QosPolicy>) type;
        }
    };

    private PolicyKeys() {
    }

    /** The key of {@code policy}: its OMG interface when it is a standard policy, else its class. */
    public static Class<? extends QosPolicy> keyOf(QosPolicy policy) {
        return KEYS.get(Args.require(policy, "policy").getClass());
    }

    /** The key for a policy class: its OMG interface when it implements one, else the class itself. */
    public static Class<? extends QosPolicy> keyOf(Class<? extends QosPolicy> policyClass) {
        return KEYS.get(Args.require(policyClass, "policyClass"));
    }

    /**
     * The name used in messages: the simple name of the key ({@code "Durability"}, {@code
     * "Consistency"}).
     */
    public static String nameOf(Class<? extends QosPolicy> policyClass) {
        return keyOf(policyClass).getSimpleName();
    }
}
