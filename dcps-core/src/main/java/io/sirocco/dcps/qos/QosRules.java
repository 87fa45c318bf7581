package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.error.ImmutablePolicyChangeException;
import io.sirocco.dcps.error.InconsistentQosException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.ReaderDataLifecycle;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.core.policy.WriterDataLifecycle;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/**
 * The rules a QoS must follow on its own ({@code checkConsistent}: policies that contradict each
 * other) and when it replaces the QoS of an enabled entity ({@code checkChangeable}: policies fixed
 * at enable time). Entities call these from their factories and from {@code setQos}.
 */
public final class QosRules {
    /**
     * The policies that may change after an entity is enabled. Every other policy, including
     * Sirocco's Consistency and Acceleration and any extension policy not listed here, is fixed:
     * changing how data is stored, ordered or carried under a running entity is not supported.
     */
    public static final Set<Class<? extends QosPolicy>> CHANGEABLE = Set.of(
            Deadline.class, LatencyBudget.class, UserData.class, TopicData.class, GroupData.class,
            TransportPriority.class, Lifespan.class, OwnershipStrength.class, Partition.class,
            TimeBasedFilter.class, ReaderDataLifecycle.class, WriterDataLifecycle.class, EntityFactory.class);

    private QosRules() {
    }

    /** Whether policies of this class (or key, see {@link PolicyKeys}) may change after enable. */
    public static boolean isChangeable(Class<? extends QosPolicy> policyClass) {
        return CHANGEABLE.contains(PolicyKeys.keyOf(policyClass));
    }

    /** Checks the topic's history against its resource limits and its durability service. */
    public static void checkConsistent(TopicQos qos) {
        Args.require(qos, "qos");
        checkHistory(qos.getEnvironment(), qos.getHistory(), qos.getResourceLimits());
        checkDurabilityService(qos.getEnvironment(), qos.getDurabilityService());
    }

    /** Checks the writer's history against its resource limits and its durability service. */
    public static void checkConsistent(DataWriterQos qos) {
        Args.require(qos, "qos");
        checkHistory(qos.getEnvironment(), qos.getHistory(), qos.getResourceLimits());
        checkDurabilityService(qos.getEnvironment(), qos.getDurabilityService());
    }

    /**
     * Checks the reader's history against its resource limits, and that its deadline is not shorter
     * than its time-based filter (a reader cannot expect updates more often than it accepts them).
     */
    public static void checkConsistent(DataReaderQos qos) {
        Args.require(qos, "qos");
        checkHistory(qos.getEnvironment(), qos.getHistory(), qos.getResourceLimits());
        long period = NanoDuration.nanosOf(qos.getDeadline().getPeriod());
        long separation = NanoDuration.nanosOf(qos.getTimeBasedFilter().getMinimumSeparation());
        if (period < separation) {
            throw inconsistent(qos.getEnvironment(), "Deadline period " + qos.getDeadline().getPeriod()
                    + " is shorter than TimeBasedFilter minimum_separation "
                    + qos.getTimeBasedFilter().getMinimumSeparation());
        }
    }

    /** Publisher policies do not constrain each other; only the argument is checked. */
    public static void checkConsistent(PublisherQos qos) {
        Args.require(qos, "qos");
    }

    /** Subscriber policies do not constrain each other; only the argument is checked. */
    public static void checkConsistent(SubscriberQos qos) {
        Args.require(qos, "qos");
    }

    /** Participant policies do not constrain each other; only the argument is checked. */
    public static void checkConsistent(DomainParticipantQos qos) {
        Args.require(qos, "qos");
    }

    /** The participant factory's single policy cannot contradict itself; only the argument is checked. */
    public static void checkConsistent(DomainParticipantFactoryQos qos) {
        Args.require(qos, "qos");
    }

    private static void checkHistory(ServiceEnvironment env, History history, ResourceLimits limits) {
        checkDepthAndLimits(env, "History", history.getKind(), history.getDepth(), "ResourceLimits",
                limits.getMaxSamples(), limits.getMaxSamplesPerInstance());
    }

    private static void checkDurabilityService(ServiceEnvironment env, DurabilityService service) {
        checkDepthAndLimits(env, "DurabilityService history", service.getHistoryKind(), service.getHistoryDepth(),
                "DurabilityService", service.getMaxSamples(), service.getMaxSamplesPerInstance());
    }

    private static void checkDepthAndLimits(ServiceEnvironment env, String historyName, History.Kind kind,
            int depth, String limitsName, int maxSamples, int maxSamplesPerInstance) {
        if (kind == History.Kind.KEEP_LAST) {
            if (depth <= 0) {
                throw inconsistent(env, historyName + " KEEP_LAST depth must be positive, not " + depth);
            }
            if (limited(maxSamplesPerInstance) && depth > maxSamplesPerInstance) {
                throw inconsistent(env, historyName + " depth " + depth + " exceeds " + limitsName
                        + " max_samples_per_instance " + maxSamplesPerInstance);
            }
        }
        if (limited(maxSamples) && limited(maxSamplesPerInstance) && maxSamples < maxSamplesPerInstance) {
            throw inconsistent(env, limitsName + " max_samples " + maxSamples
                    + " is less than max_samples_per_instance " + maxSamplesPerInstance);
        }
    }

    private static boolean limited(int limit) {
        return limit != ResourceLimits.LENGTH_UNLIMITED;
    }

    private static InconsistentQosException inconsistent(ServiceEnvironment env, String message) {
        return new InconsistentQosException(env, message);
    }

    public static void checkChangeable(DomainParticipantFactoryQos oldQos, DomainParticipantFactoryQos newQos) {
        checkFixedPolicies("DomainParticipantFactory", oldQos, newQos);
    }

    public static void checkChangeable(DomainParticipantQos oldQos, DomainParticipantQos newQos) {
        checkFixedPolicies("DomainParticipant", oldQos, newQos);
    }

    public static void checkChangeable(TopicQos oldQos, TopicQos newQos) {
        checkFixedPolicies("Topic", oldQos, newQos);
    }

    public static void checkChangeable(PublisherQos oldQos, PublisherQos newQos) {
        checkFixedPolicies("Publisher", oldQos, newQos);
    }

    public static void checkChangeable(SubscriberQos oldQos, SubscriberQos newQos) {
        checkFixedPolicies("Subscriber", oldQos, newQos);
    }

    public static void checkChangeable(DataWriterQos oldQos, DataWriterQos newQos) {
        checkFixedPolicies("DataWriter", oldQos, newQos);
    }

    public static void checkChangeable(DataReaderQos oldQos, DataReaderQos newQos) {
        checkFixedPolicies("DataReader", oldQos, newQos);
    }

    /**
     * Throws for the first policy, in the old QoS's order and then the new one's, that is not
     * {@linkplain #CHANGEABLE changeable} and differs between the two.
     */
    private static void checkFixedPolicies(String entity, EntityQos<?> oldQos, EntityQos<?> newQos) {
        Args.require(oldQos, "oldQos");
        Args.require(newQos, "newQos");
        Set<Class<? extends QosPolicy>> keys = new LinkedHashSet<>(oldQos.keySet());
        keys.addAll(newQos.keySet());
        for (Class<? extends QosPolicy> key : keys) {
            if (CHANGEABLE.contains(key)) {
                continue;
            }
            Object before = oldQos.get(key);
            Object after = newQos.get(key);
            if (!Objects.equals(before, after)) {
                throw new ImmutablePolicyChangeException(newQos.getEnvironment(), PolicyKeys.nameOf(key)
                        + " cannot be changed once the " + entity + " is enabled (from " + before + " to "
                        + after + ")");
            }
        }
    }
}
