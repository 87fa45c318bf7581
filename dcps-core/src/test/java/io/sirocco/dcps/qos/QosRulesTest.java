package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.error.ImmutablePolicyChangeException;
import io.sirocco.dcps.error.InconsistentQosException;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.topic.TopicQos;

class QosRulesTest {
    private final TestEnvironment env = new TestEnvironment();
    private final QosDefaults defaults = new QosDefaults(env);
    private final SiroccoPolicyFactory f = defaults.policyFactory();

    private String inconsistent(Executable check) {
        InconsistentQosException e = assertThrows(InconsistentQosException.class, check);
        assertSame(env, e.getEnvironment());
        return e.getMessage();
    }

    private String immutable(Executable check) {
        ImmutablePolicyChangeException e = assertThrows(ImmutablePolicyChangeException.class, check);
        assertSame(env, e.getEnvironment());
        return e.getMessage();
    }

    @Test
    void defaultQosOfEveryKindIsConsistent() {
        assertDoesNotThrow(() -> {
            QosRules.checkConsistent(defaults.topicQos());
            QosRules.checkConsistent(defaults.dataWriterQos());
            QosRules.checkConsistent(defaults.dataReaderQos());
            QosRules.checkConsistent(defaults.publisherQos());
            QosRules.checkConsistent(defaults.subscriberQos());
            QosRules.checkConsistent(defaults.participantQos());
            QosRules.checkConsistent(defaults.participantFactoryQos());
        });
    }

    @Test
    void keepLastNeedsAPositiveDepth() {
        String message = inconsistent(() -> QosRules.checkConsistent(
                defaults.dataWriterQos().withPolicy(f.History().withKeepLast(0))));
        assertTrue(message.contains("History") && message.contains("depth"), message);
        assertDoesNotThrow(() -> QosRules.checkConsistent(
                defaults.dataWriterQos().withPolicy(f.History().withKeepLast(0).withKeepAll())));
    }

    @Test
    void historyDepthMustFitTheSamplesPerInstanceLimit() {
        TopicQos qos = defaults.topicQos().withPolicies(f.History().withKeepLast(5),
                f.ResourceLimits().withMaxSamplesPerInstance(3));
        String message = inconsistent(() -> QosRules.checkConsistent(qos));
        assertTrue(message.contains("History") && message.contains("ResourceLimits")
                && message.contains("max_samples_per_instance"), message);
        assertDoesNotThrow(() -> QosRules.checkConsistent(qos.withPolicy(f.History().withKeepLast(3))));
        assertDoesNotThrow(() -> QosRules.checkConsistent(qos.withPolicy(f.History().withKeepAll())));
    }

    @Test
    void maxSamplesMustBeAtLeastMaxSamplesPerInstance() {
        DataReaderQos qos = defaults.dataReaderQos().withPolicy(
                f.ResourceLimits().withMaxSamples(2).withMaxSamplesPerInstance(4));
        String message = inconsistent(() -> QosRules.checkConsistent(qos));
        assertTrue(message.contains("ResourceLimits max_samples 2"), message);
        assertDoesNotThrow(() -> QosRules.checkConsistent(defaults.dataReaderQos().withPolicy(
                f.ResourceLimits().withMaxSamples(2))));
    }

    @Test
    void readerDeadlineMustNotBeShorterThanItsTimeBasedFilter() {
        DataReaderQos qos = defaults.dataReaderQos().withPolicies(f.Deadline().withPeriod(1, TimeUnit.SECONDS),
                f.TimeBasedFilter().withMinimumSeparation(2, TimeUnit.SECONDS));
        String message = inconsistent(() -> QosRules.checkConsistent(qos));
        assertTrue(message.contains("Deadline") && message.contains("TimeBasedFilter"), message);
        assertDoesNotThrow(() -> QosRules.checkConsistent(
                qos.withPolicy(f.TimeBasedFilter().withMinimumSeparation(1, TimeUnit.SECONDS))));
    }

    @Test
    void durabilityServiceHistoryMustFitItsOwnLimits() {
        DataWriterQos deep = defaults.dataWriterQos().withPolicy(
                f.DurabilityService().withHistoryDepth(10).withMaxSamplesPerInstance(5));
        String message = inconsistent(() -> QosRules.checkConsistent(deep));
        assertTrue(message.contains("DurabilityService"), message);
        TopicQos small = defaults.topicQos()
                .withPolicy(f.DurabilityService().withMaxSamples(1).withMaxSamplesPerInstance(2));
        assertTrue(inconsistent(() -> QosRules.checkConsistent(small)).contains("DurabilityService max_samples"));
        TopicQos zero = defaults.topicQos().withPolicy(f.DurabilityService().withHistoryDepth(0));
        assertTrue(inconsistent(() -> QosRules.checkConsistent(zero)).contains("DurabilityService"));
    }

    @Test
    void policiesMarkedChangeableMayChangeAfterEnable() {
        DataWriterQos writer = defaults.dataWriterQos();
        assertDoesNotThrow(() -> QosRules.checkChangeable(writer, writer.withPolicies(
                f.Deadline().withPeriod(1, TimeUnit.SECONDS), f.LatencyBudget().withDuration(1, TimeUnit.SECONDS),
                f.UserData().withValue(new byte[] {1}, 0, 1), f.TransportPriority().withValue(5),
                f.Lifespan().withDuration(1, TimeUnit.SECONDS), f.OwnershipStrength().withValue(9),
                f.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false))));
        DataReaderQos reader = defaults.dataReaderQos();
        assertDoesNotThrow(() -> QosRules.checkChangeable(reader, reader.withPolicies(
                f.TimeBasedFilter().withMinimumSeparation(1, TimeUnit.SECONDS),
                f.ReaderDataLifecycle().withAutoPurgeDisposedSamplesDelay(1, TimeUnit.SECONDS))));
        assertDoesNotThrow(() -> QosRules.checkChangeable(defaults.publisherQos(), defaults.publisherQos()
                .withPolicies(f.Partition().withName("p"), f.GroupData().withValue(new byte[] {2}, 0, 1),
                        f.EntityFactory().withAutoEnableCreatedEntities(false))));
        assertDoesNotThrow(() -> QosRules.checkChangeable(defaults.topicQos(),
                defaults.topicQos().withPolicy(f.TopicData().withValue(new byte[] {3}, 0, 1))));
        assertDoesNotThrow(() -> QosRules.checkChangeable(defaults.participantQos(),
                defaults.participantQos().withPolicy(f.EntityFactory().withAutoEnableCreatedEntities(false))));
        assertTrue(QosRules.isChangeable(Partition.class));
        assertTrue(QosRules.isChangeable(DeadlinePolicy.class));
        assertFalse(QosRules.isChangeable(Consistency.class));
    }

    @Test
    void fixedPoliciesCannotChangeAfterEnableAndTheMessageNamesThem() {
        DataWriterQos writer = defaults.dataWriterQos();
        assertTrue(immutable(() -> QosRules.checkChangeable(writer,
                writer.withPolicy(f.Durability().withTransientLocal())))
                .startsWith("Durability cannot be changed once the DataWriter is enabled"));
        assertTrue(immutable(() -> QosRules.checkChangeable(writer,
                writer.withPolicy(f.writerReliability().withMaxBlockingTime(1, TimeUnit.SECONDS))))
                .startsWith("Reliability"));
        assertTrue(immutable(() -> QosRules.checkChangeable(writer, writer.withPolicy(f.History().withKeepLast(4))))
                .startsWith("History"));
        assertTrue(immutable(() -> QosRules.checkChangeable(writer, writer.withPolicy(f.Ownership().withExclusive())))
                .startsWith("Ownership"));
        assertTrue(immutable(() -> QosRules.checkChangeable(writer,
                writer.withPolicy(f.Representation().withValue((short) 2)))).startsWith("DataRepresentation"));
        assertTrue(immutable(() -> QosRules.checkChangeable(writer, writer.withPolicy(Consistency.atomic(env))))
                .startsWith("Consistency"));
        assertTrue(immutable(() -> QosRules.checkChangeable(writer,
                writer.withPolicy(Acceleration.of(env, AccelerationKind.PREFERRED)))).startsWith("Acceleration"));
        assertTrue(immutable(() -> QosRules.checkChangeable(defaults.subscriberQos(),
                defaults.subscriberQos().withPolicy(f.Presentation().withTopic()))).startsWith("Presentation"));
        assertTrue(immutable(() -> QosRules.checkChangeable(defaults.dataReaderQos(),
                defaults.dataReaderQos().withPolicy(f.Liveliness().withManualByTopic()))).contains("DataReader"));
        assertTrue(immutable(() -> QosRules.checkChangeable(defaults.topicQos(),
                defaults.topicQos().withPolicy(f.TypeConsistency().withExactTypeTypeConsistency())))
                .startsWith("TypeConsistencyEnforcement"));
    }

    @Test
    void theFirstFixedPolicyThatDiffersIsReported() {
        DataWriterQos writer = defaults.dataWriterQos();
        DataWriterQos changed = writer.withPolicies(f.Deadline().withPeriod(1, TimeUnit.SECONDS),
                f.History().withKeepAll(), f.Durability().withTransient());
        String message = immutable(() -> QosRules.checkChangeable(writer, changed));
        assertTrue(message.startsWith("Durability"), message);
        assertEquals(Durability.Kind.TRANSIENT, changed.getDurability().getKind());
        assertEquals(Reliability.Kind.RELIABLE, changed.getReliability().getKind());
        assertEquals(History.Kind.KEEP_ALL, changed.getHistory().getKind());
        assertTrue(QosRules.CHANGEABLE.contains(Deadline.class));
    }
}
