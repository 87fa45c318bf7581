package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

class DefaultQosTest {
    private final TestEnvironment env = new TestEnvironment();
    private final QosDefaults defaults = new QosDefaults(env);

    private static void assertInfinite(Duration duration) {
        assertTrue(duration.isInfinite(), () -> duration + " should be infinite");
    }

    private static void assertZero(Duration duration) {
        assertTrue(duration.isZero(), () -> duration + " should be zero");
    }

    private static void assertUnlimited(ResourceLimits limits) {
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, limits.getMaxSamples());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, limits.getMaxInstances());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, limits.getMaxSamplesPerInstance());
    }

    private static void assertReliability(Reliability.Kind kind, Reliability reliability) {
        assertEquals(kind, reliability.getKind());
        assertEquals(100, reliability.getMaxBlockingTime().getDuration(TimeUnit.MILLISECONDS));
    }

    @Test
    void topicDefaultsFollowTheDdsSpecification() {
        TopicQos qos = defaults.topicQos();
        assertEquals(Durability.Kind.VOLATILE, qos.getDurability().getKind());
        assertZero(qos.getDurabilityService().getServiceCleanupDelay());
        assertEquals(History.Kind.KEEP_LAST, qos.getDurabilityService().getHistoryKind());
        assertEquals(1, qos.getDurabilityService().getHistoryDepth());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, qos.getDurabilityService().getMaxSamples());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, qos.getDurabilityService().getMaxInstances());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, qos.getDurabilityService().getMaxSamplesPerInstance());
        assertInfinite(qos.getDeadline().getPeriod());
        assertZero(qos.getLatencyBudget().getDuration());
        assertEquals(Liveliness.Kind.AUTOMATIC, qos.getLiveliness().getKind());
        assertInfinite(qos.getLiveliness().getLeaseDuration());
        assertReliability(Reliability.Kind.BEST_EFFORT, qos.getReliability());
        assertEquals(DestinationOrder.Kind.BY_RECEPTION_TIMESTAMP, qos.getDestinationOrder().getKind());
        assertEquals(History.Kind.KEEP_LAST, qos.getHistory().getKind());
        assertEquals(1, qos.getHistory().getDepth());
        assertUnlimited(qos.getResourceLimits());
        assertEquals(0, qos.getTransportPriority().getValue());
        assertInfinite(qos.getLifespan().getDuration());
        assertEquals(Ownership.Kind.SHARED, qos.getOwnership().getKind());
        assertEquals(List.of(), qos.getRepresentation().getValue());
        assertEquals(TypeConsistencyEnforcement.Kind.ASSIGNABLE_TYPE_CONSISTENCY, qos.getTypeConsistency().getKind());
        assertArrayEquals(new byte[0], qos.getTopicData().getValue());
    }

    @Test
    void dataWriterDefaultsAreReliableWithTheWriterOnlyPolicies() {
        DataWriterQos qos = defaults.dataWriterQos();
        assertReliability(Reliability.Kind.RELIABLE, qos.getReliability());
        assertEquals(Durability.Kind.VOLATILE, qos.getDurability().getKind());
        assertEquals(History.Kind.KEEP_LAST, qos.getHistory().getKind());
        assertEquals(1, qos.getHistory().getDepth());
        assertUnlimited(qos.getResourceLimits());
        assertInfinite(qos.getDeadline().getPeriod());
        assertZero(qos.getLatencyBudget().getDuration());
        assertEquals(Liveliness.Kind.AUTOMATIC, qos.getLiveliness().getKind());
        assertInfinite(qos.getLifespan().getDuration());
        assertEquals(0, qos.getOwnershipStrength().getValue());
        assertTrue(qos.getWriterDataLifecycle().isAutDisposeUnregisteredInstances());
        assertArrayEquals(new byte[0], qos.getUserData().getValue());
        assertEquals(1, qos.getDurabilityService().getHistoryDepth());
        assertEquals(0, qos.getTransportPriority().getValue());
        assertEquals(List.of(), qos.getRepresentation().getValue());
    }

    @Test
    void dataReaderDefaultsAreBestEffortWithoutFilteringOrPurging() {
        DataReaderQos qos = defaults.dataReaderQos();
        assertReliability(Reliability.Kind.BEST_EFFORT, qos.getReliability());
        assertEquals(Durability.Kind.VOLATILE, qos.getDurability().getKind());
        assertEquals(1, qos.getHistory().getDepth());
        assertUnlimited(qos.getResourceLimits());
        assertZero(qos.getTimeBasedFilter().getMinimumSeparation());
        assertInfinite(qos.getReaderDataLifecycle().getAutoPurgeNoWriterSamplesDelay());
        assertInfinite(qos.getReaderDataLifecycle().getAutoPurgeDisposedSamplesDelay());
        assertEquals(DestinationOrder.Kind.BY_RECEPTION_TIMESTAMP, qos.getDestinationOrder().getKind());
        assertEquals(Ownership.Kind.SHARED, qos.getOwnership().getKind());
        assertInfinite(qos.getDeadline().getPeriod());
        assertArrayEquals(new byte[0], qos.getUserData().getValue());
    }

    @Test
    void publisherAndSubscriberDefaultsUseInstancePresentationAndTheDefaultPartition() {
        PublisherQos pub = defaults.publisherQos();
        SubscriberQos sub = defaults.subscriberQos();
        for (Presentation p : List.of(pub.getPresentation(), sub.getPresentation())) {
            assertEquals(Presentation.AccessScopeKind.INSTANCE, p.getAccessScope());
            assertFalse(p.isCoherentAccess());
            assertFalse(p.isOrderedAccess());
        }
        assertTrue(pub.getPartition().getName().isEmpty());
        assertTrue(sub.getPartition().getName().isEmpty());
        assertArrayEquals(new byte[0], pub.getGroupData().getValue());
        assertArrayEquals(new byte[0], sub.getGroupData().getValue());
        assertTrue(pub.getEntityFactory().isAutoEnableCreatedEntities());
        assertTrue(sub.getEntityFactory().isAutoEnableCreatedEntities());
    }

    @Test
    void participantAndFactoryDefaultsEnableCreatedEntities() {
        DomainParticipantQos participant = defaults.participantQos();
        DomainParticipantFactoryQos factory = defaults.participantFactoryQos();
        assertTrue(participant.getEntityFactory().isAutoEnableCreatedEntities());
        assertArrayEquals(new byte[0], participant.getUserData().getValue());
        assertTrue(factory.getEntityFactory().isAutoEnableCreatedEntities());
        assertEquals(1, factory.size());
        assertEquals(2, participant.size());
    }

    @Test
    void topicWriterAndReaderDefaultsCarryEventualConsistencyAndNoAcceleration() {
        List<EntityQos<?>> all = List.of(defaults.topicQos(), defaults.dataWriterQos(), defaults.dataReaderQos());
        assertEquals(ConsistencyKind.EVENTUAL, defaults.topicQos().get(Consistency.class).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, defaults.dataWriterQos().get(Consistency.class).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, defaults.dataReaderQos().get(Consistency.class).getKind());
        assertEquals(AccelerationKind.NONE, defaults.topicQos().get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.NONE, defaults.dataWriterQos().get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.NONE, defaults.dataReaderQos().get(Acceleration.class).getKind());
        for (EntityQos<?> qos : all) {
            assertEquals(Consistency.eventual(env), qos.get(Consistency.class));
            assertEquals(Acceleration.none(env), qos.get(Acceleration.class));
        }
    }

    @Test
    void everyStandardGetterOfEveryDefaultQosReturnsAPolicy() throws Exception {
        List<Object> all = List.of(defaults.participantFactoryQos(), defaults.participantQos(), defaults.topicQos(),
                defaults.publisherQos(), defaults.subscriberQos(), defaults.dataWriterQos(), defaults.dataReaderQos());
        for (Object qos : all) {
            int getters = 0;
            for (Method m : qos.getClass().getMethods()) {
                if (m.getName().startsWith("get") && m.getParameterCount() == 0 && !m.getName().equals("getClass")) {
                    assertNotNull(m.invoke(qos), () -> qos.getClass().getSimpleName() + "." + m.getName());
                    getters++;
                }
            }
            assertTrue(getters >= 3, qos.getClass().getSimpleName());
        }
    }

    @Test
    void defaultsAreBuiltOnceAndRememberTheirEnvironment() {
        assertSame(defaults.topicQos(), defaults.topicQos());
        assertEquals(SiroccoTopicQos.defaults(env), defaults.topicQos());
        assertSame(env, defaults.dataWriterQos().getEnvironment());
        assertSame(env, defaults.dataWriterQos().getDurability().getEnvironment());
        assertSame(env, defaults.policyFactory().getEnvironment());
        assertSame(env, defaults.environment());
    }

    @Test
    void policyFactoryGivesTheSpecDefaultsIncludingTheOpenSpliceAdditions() {
        SiroccoPolicyFactory factory = new SiroccoPolicyFactory(env);
        assertReliability(Reliability.Kind.BEST_EFFORT, factory.Reliability());
        assertReliability(Reliability.Kind.RELIABLE, factory.writerReliability());
        assertEquals(List.of(), factory.DataRepresentation().getValue());
        assertEquals(factory.Representation(), factory.DataRepresentation());
        assertEquals(Presentation.AccessScopeKind.INSTANCE, factory.Presentation().getAccessScope());
        assertArrayEquals(new byte[0], factory.TopicData().getValue());
        assertEquals(History.Kind.KEEP_LAST, factory.History().getKind());
        assertTrue(factory.WriterDataLifecycle().isAutDisposeUnregisteredInstances());
        assertTrue(factory.EntityFactory().isAutoEnableCreatedEntities());
        assertEquals(0, factory.OwnershipStrength().getValue());
        assertTrue(factory.Partition().getName().isEmpty());
        assertArrayEquals(new byte[0], factory.GroupData().getValue());
        assertArrayEquals(new byte[0], factory.UserData().getValue());
        assertZero(factory.TimeBasedFilter().getMinimumSeparation());
        assertEquals(Consistency.eventual(env), factory.Consistency());
        assertEquals(Acceleration.none(env), factory.Acceleration());
        assertSame(env, defaults.topicQos().getPolicyFactory().getEnvironment());
    }
}
