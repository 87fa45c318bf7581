package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.qos.SiroccoDataReaderQos;
import io.sirocco.dcps.qos.SiroccoDataWriterQos;
import io.sirocco.dcps.qos.SiroccoDomainParticipantQos;
import io.sirocco.dcps.qos.SiroccoPublisherQos;
import io.sirocco.dcps.qos.SiroccoTopicQos;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/** The OMG DDS-XML 1.0 dialect: qos-xml/omg, every policy of every entity kind. */
class OmgDialectTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final XmlQosProvider provider = Profiles.open(env, "omg/library.xml", "Omg::Base");

    private Duration millis(long value) {
        return Duration.newDuration(value, TimeUnit.MILLISECONDS, env);
    }

    @Test
    void participantFactoryAndParticipant() {
        assertFalse(provider.getDomainParticipantFactoryQos().getEntityFactory().isAutoEnableCreatedEntities());
        DomainParticipantQos participant = provider.getDomainParticipantQos();
        assertArrayEquals(new byte[] {1, 2, 3}, participant.getUserData().getValue());
        assertFalse(participant.getEntityFactory().isAutoEnableCreatedEntities());
    }

    @Test
    void topicHoldsEveryTopicPolicy() {
        TopicQos topic = provider.getTopicQos();
        assertArrayEquals("topic".getBytes(StandardCharsets.US_ASCII), topic.getTopicData().getValue());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, topic.getDurability().getKind());
        assertEquals(millis(5000), topic.getDurabilityService().getServiceCleanupDelay());
        assertEquals(History.Kind.KEEP_ALL, topic.getDurabilityService().getHistoryKind());
        assertEquals(3, topic.getDurabilityService().getHistoryDepth());
        assertEquals(100, topic.getDurabilityService().getMaxSamples());
        assertEquals(10, topic.getDurabilityService().getMaxInstances());
        assertEquals(10, topic.getDurabilityService().getMaxSamplesPerInstance());
        assertEquals(millis(1500), topic.getDeadline().getPeriod());
        assertEquals(Duration.newDuration(1000, TimeUnit.NANOSECONDS, env), topic.getLatencyBudget().getDuration());
        assertEquals(Liveliness.Kind.MANUAL_BY_TOPIC, topic.getLiveliness().getKind());
        assertEquals(millis(2000), topic.getLiveliness().getLeaseDuration(), "a missing <nanosec> is 0");
        assertEquals(Reliability.Kind.RELIABLE, topic.getReliability().getKind());
        assertTrue(topic.getReliability().getMaxBlockingTime().isZero(), "DURATION_ZERO_SEC/NSEC");
        assertEquals(DestinationOrder.Kind.BY_SOURCE_TIMESTAMP, topic.getDestinationOrder().getKind());
        assertEquals(History.Kind.KEEP_LAST, topic.getHistory().getKind());
        assertEquals(5, topic.getHistory().getDepth());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, topic.getResourceLimits().getMaxSamples());
        assertEquals(20, topic.getResourceLimits().getMaxInstances());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, topic.getResourceLimits().getMaxSamplesPerInstance());
        assertEquals(7, topic.getTransportPriority().getValue());
        assertTrue(topic.getLifespan().getDuration().isInfinite(), "DURATION_INFINITE_SEC/NSEC");
        assertEquals(Ownership.Kind.EXCLUSIVE, topic.getOwnership().getKind());
        assertEquals(List.of((short) 2), topic.getRepresentation().getValue());
        assertEquals(TypeConsistencyEnforcement.Kind.EXACT_TYPE_TYPE_CONSISTENCY, topic.getTypeConsistency().getKind());
        assertEquals(ConsistencyKind.ATOMIC, topic.get(Consistency.class).getKind());
        assertEquals(AccelerationKind.PREFERRED, topic.get(Acceleration.class).getKind());
    }

    @Test
    void publisherAndSubscriber() {
        PublisherQos publisher = provider.getPublisherQos();
        assertEquals(Presentation.AccessScopeKind.GROUP, publisher.getPresentation().getAccessScope());
        assertTrue(publisher.getPresentation().isCoherentAccess());
        assertTrue(publisher.getPresentation().isOrderedAccess());
        assertEquals(List.of("A", "B*"), List.copyOf(publisher.getPartition().getName()));
        assertArrayEquals("group".getBytes(StandardCharsets.US_ASCII), publisher.getGroupData().getValue());
        assertFalse(publisher.getEntityFactory().isAutoEnableCreatedEntities());

        SubscriberQos subscriber = provider.getSubscriberQos();
        assertEquals(Presentation.AccessScopeKind.TOPIC, subscriber.getPresentation().getAccessScope());
        assertTrue(subscriber.getPresentation().isCoherentAccess());
        assertFalse(subscriber.getPresentation().isOrderedAccess(), "an unlisted field keeps its default");
        assertEquals(List.of("C"), List.copyOf(subscriber.getPartition().getName()));
        assertTrue(subscriber.getEntityFactory().isAutoEnableCreatedEntities(), "an unlisted policy keeps its default");
    }

    @Test
    void writer() {
        DataWriterQos writer = provider.getDataWriterQos();
        assertEquals(Durability.Kind.PERSISTENT, writer.getDurability().getKind());
        assertEquals(Reliability.Kind.RELIABLE, writer.getReliability().getKind());
        assertEquals(millis(250), writer.getReliability().getMaxBlockingTime());
        assertEquals(History.Kind.KEEP_ALL, writer.getHistory().getKind());
        assertEquals(9, writer.getOwnershipStrength().getValue());
        assertFalse(writer.getWriterDataLifecycle().isAutDisposeUnregisteredInstances());
        assertArrayEquals("writer".getBytes(StandardCharsets.US_ASCII), writer.getUserData().getValue());
        assertEquals(millis(30_000), writer.getLifespan().getDuration());
        assertEquals(ConsistencyKind.ATOMIC, writer.get(Consistency.class).getKind());
        assertEquals(AccelerationKind.REQUIRED, writer.get(Acceleration.class).getKind());
        SiroccoDataWriterQos defaults = SiroccoDataWriterQos.defaults(env);
        assertEquals(defaults.getDeadline(), writer.getDeadline(), "the topic QoS of the profile does not leak");
        assertEquals(defaults.getResourceLimits(), writer.getResourceLimits());
    }

    @Test
    void reader() {
        DataReaderQos reader = provider.getDataReaderQos();
        assertEquals(millis(10_000), reader.getDeadline().getPeriod());
        assertEquals(millis(100), reader.getTimeBasedFilter().getMinimumSeparation());
        assertEquals(millis(60_000), reader.getReaderDataLifecycle().getAutoPurgeNoWriterSamplesDelay());
        assertTrue(reader.getReaderDataLifecycle().getAutoPurgeDisposedSamplesDelay().isInfinite(),
                "DURATION_INFINITY");
        assertEquals(List.of((short) 0, (short) 2), reader.getRepresentation().getValue());
        assertEquals(TypeConsistencyEnforcement.Kind.ASSIGNABLE_TYPE_CONSISTENCY,
                reader.getTypeConsistency().getKind());
        assertEquals(ConsistencyKind.EVENTUAL, reader.get(Consistency.class).getKind(), "bare EVENTUAL is accepted");
        assertEquals(AccelerationKind.PREFERRED, reader.get(Acceleration.class).getKind(),
                "bare PREFERRED is accepted");
        assertEquals(SiroccoDataReaderQos.defaults(env).getReliability(), reader.getReliability());
    }

    @Test
    void derivedProfileChangesOnlyTheListedField() {
        DataWriterQos base = provider.getDataWriterQos("Omg::Base");
        DataWriterQos derived = provider.getDataWriterQos("Omg::Derived");
        assertEquals(Reliability.Kind.BEST_EFFORT, derived.getReliability().getKind());
        assertEquals(base.getReliability().getMaxBlockingTime(), derived.getReliability().getMaxBlockingTime());
        assertEquals(base.withPolicy(base.getReliability().withBestEffort()), derived);
        assertEquals(provider.getTopicQos(), provider.getTopicQos("Derived"),
                "a bare name is a profile of the provider's library");
    }

    @Test
    void isDefaultQosProfileIsTheProviderProfileWithoutOne() {
        XmlQosProvider withDefault = Profiles.open(env, "omg/library.xml", null);
        assertEquals("Omg::Derived", withDefault.getProfileName());
        assertEquals(Reliability.Kind.BEST_EFFORT, withDefault.getDataWriterQos().getReliability().getKind());
    }

    @Test
    void emptyProfileGivesSiroccoDefaults() {
        assertEquals(SiroccoTopicQos.defaults(env), provider.getTopicQos("Omg::Empty"));
        assertEquals(SiroccoDataWriterQos.defaults(env), provider.getDataWriterQos("Omg::Empty"));
        assertEquals(SiroccoDomainParticipantQos.defaults(env), provider.getDomainParticipantQos("Omg::Empty"));
        assertEquals(SiroccoPublisherQos.defaults(env), provider.getPublisherQos("Omg::Empty"));
    }

    @Test
    void bareQosLibraryRoot() {
        XmlQosProvider bare = Profiles.open(env, "omg/bare-library.xml", "Bare::Reliable");
        DataReaderQos reader = bare.getDataReaderQos();
        assertEquals(Reliability.Kind.RELIABLE, reader.getReliability().getKind());
        assertEquals(20, reader.getHistory().getDepth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"omg/namespace-dds.xml", "omg/namespace-dds-slash.xml", "omg/no-namespace.xml"})
    void namespaceAgnostic(String file) {
        XmlQosProvider ns = Profiles.open(env, file, "Ns::Keyed");
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, ns.getDataWriterQos().getDurability().getKind());
    }
}
