package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.qos.SiroccoDataWriterQos;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;

/** RTI Connext style profiles: qos-xml/rti/USER_QOS_PROFILES.xml. */
class RtiDialectTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final XmlQosProvider provider = Profiles.open(env, "rti/USER_QOS_PROFILES.xml", null);

    private Duration seconds(long value) {
        return Duration.newDuration(value, TimeUnit.SECONDS, env);
    }

    @Test
    void defaultProfileInheritsAcrossLibraries() {
        assertEquals("AppLib::Telemetry", provider.getProfileName());
        DataWriterQos writer = provider.getDataWriterQos();
        assertEquals(Reliability.Kind.RELIABLE, writer.getReliability().getKind());
        assertEquals(seconds(1), writer.getReliability().getMaxBlockingTime());
        assertEquals(History.Kind.KEEP_ALL, writer.getHistory().getKind());
        assertEquals(seconds(1), writer.getDeadline().getPeriod());
        assertEquals(0, writer.getTransportPriority().getValue(), "the Alarm* element is not the general one");
        assertArrayEquals(new byte[] {1, 2, 3}, provider.getDomainParticipantQos().getUserData().getValue());
    }

    @Test
    void booleansInCapitals() {
        Presentation presentation = provider.getPublisherQos().getPresentation();
        assertEquals(Presentation.AccessScopeKind.TOPIC, presentation.getAccessScope());
        assertTrue(presentation.isCoherentAccess());
        assertFalse(presentation.isOrderedAccess());
    }

    @Test
    void topicFilterSelectsTheElementForATopic() {
        DataWriterQos alarm = provider.getDataWriterQos("AppLib::Telemetry", "AlarmHigh");
        assertEquals(History.Kind.KEEP_LAST, alarm.getHistory().getKind());
        assertEquals(100, alarm.getHistory().getDepth());
        assertEquals(10, alarm.getTransportPriority().getValue());
        assertEquals(Reliability.Kind.RELIABLE, alarm.getReliability().getKind(), "the base profile still applies");
        assertTrue(alarm.getDeadline().getPeriod().isInfinite(), "the filtered element replaces the general one");

        DataWriterQos other = provider.getDataWriterQos(null, "Temperature");
        assertEquals(provider.getDataWriterQos(), other, "no filter matches: the general element");

        DataReaderQos event = provider.getDataReaderQos(null, "Event7");
        assertEquals(seconds(2), event.getDeadline().getPeriod(), "second pattern of \"Alarm*, Event?\"");
        assertTrue(provider.getDataReaderQos(null, "Event77").getDeadline().getPeriod().isInfinite());
        assertTrue(provider.getDataReaderQos().getDeadline().getPeriod().isInfinite(),
                "without a topic, filtered elements are never used");
    }

    @Test
    void compositionAppliesBasesInOrder() {
        DataReaderQos reader = provider.getDataReaderQos("AppLib::DurableTelemetry");
        assertEquals(Reliability.Kind.RELIABLE, reader.getReliability().getKind(), "from Telemetry's base");
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, reader.getDurability().getKind(), "from BaseLib::Durable");
        assertEquals(History.Kind.KEEP_LAST, reader.getHistory().getKind(), "its own element comes last");
        assertEquals(3, reader.getHistory().getDepth());

        DataWriterQos writer = provider.getDataWriterQos("AppLib::DurableTelemetry");
        assertEquals(seconds(1), writer.getDeadline().getPeriod(), "Telemetry's general writer");
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, writer.getDurability().getKind());
        assertEquals(History.Kind.KEEP_ALL, writer.getHistory().getKind());
    }

    @Test
    void participantFactoryProfile() {
        assertFalse(provider.getDomainParticipantFactoryQos().getEntityFactory().isAutoEnableCreatedEntities());
        assertTrue(Profiles.open(env, "rti/USER_QOS_PROFILES.xml", "AppLib::Telemetry").getDomainParticipantFactoryQos()
                .getEntityFactory().isAutoEnableCreatedEntities(), "an explicit profile is used for every kind");
    }

    @Test
    void elementBase() {
        DataWriterQos writer = provider.getDataWriterQos("AppLib::Mixed");
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, writer.getDurability().getKind());
        assertEquals(Ownership.Kind.EXCLUSIVE, writer.getOwnership().getKind());
        assertEquals(SiroccoDataWriterQos.defaults(env).getReliability(), writer.getReliability());
    }
}
