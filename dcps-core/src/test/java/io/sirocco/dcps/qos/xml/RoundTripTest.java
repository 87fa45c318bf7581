package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.qos.SiroccoDataReaderQos;
import io.sirocco.dcps.qos.SiroccoDataWriterQos;
import io.sirocco.dcps.qos.SiroccoDomainParticipantFactoryQos;
import io.sirocco.dcps.qos.SiroccoDomainParticipantQos;
import io.sirocco.dcps.qos.SiroccoPolicyFactory;
import io.sirocco.dcps.qos.SiroccoPublisherQos;
import io.sirocco.dcps.qos.SiroccoSubscriberQos;
import io.sirocco.dcps.qos.SiroccoTopicQos;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;
import org.omg.dds.topic.TopicQos;

/**
 * {@link QosXmlWriter} writes documents the parser reads back to equal QoS: every policy of every
 * entity kind, with values away from the defaults (and the defaults themselves), every symbolic value
 * (infinite and zero durations, unlimited counts, empty sequences) and Sirocco's extensions.
 */
class RoundTripTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final SiroccoPolicyFactory f = env.policyFactory();

    @TempDir
    Path directory;

    private List<EntityQos<?>> changed() {
        byte[] bytes = {0, 1, (byte) 0xff, 42};
        DomainParticipantFactoryQos factory = SiroccoDomainParticipantFactoryQos.defaults(env)
                .withPolicy(f.EntityFactory().withAutoEnableCreatedEntities(false));
        DomainParticipantQos participant = SiroccoDomainParticipantQos.defaults(env).withPolicies(
                f.UserData().withValue(bytes, 0, bytes.length), f.EntityFactory().withAutoEnableCreatedEntities(false));
        TopicQos topic = SiroccoTopicQos.defaults(env).withPolicies(
                f.TopicData().withValue(bytes, 1, 2),
                f.Durability().withPersistent(),
                f.DurabilityService().withServiceCleanupDelay(3, TimeUnit.SECONDS).withHistoryKind(
                        org.omg.dds.core.policy.History.Kind.KEEP_ALL).withHistoryDepth(4).withMaxSamples(400)
                        .withMaxInstances(ResourceLimits.LENGTH_UNLIMITED).withMaxSamplesPerInstance(40),
                f.Deadline().withPeriod(1234567891L, TimeUnit.NANOSECONDS),
                f.LatencyBudget().withDuration(5, TimeUnit.MICROSECONDS),
                f.Liveliness().withManualByParticipant().withLeaseDuration(7, TimeUnit.SECONDS),
                f.Reliability().withReliable().withMaxBlockingTime(0, TimeUnit.SECONDS),
                f.DestinationOrder().withSourceTimestamp(),
                f.History().withKeepLast(6),
                f.ResourceLimits().withMaxSamples(600).withMaxInstances(10).withMaxSamplesPerInstance(60),
                f.TransportPriority().withValue(-3),
                f.Lifespan().withDuration(1, TimeUnit.DAYS),
                f.Ownership().withExclusive(),
                f.Representation().withValue((short) 2, (short) 0, (short) 7),
                f.TypeConsistency().withExactNameTypeConsistency(),
                Consistency.atomic(env),
                Acceleration.of(env, AccelerationKind.REQUIRED));
        PublisherQos publisher = SiroccoPublisherQos.defaults(env).withPolicies(
                f.Presentation().withGroup().withCoherentAccess(true).withOrderedAccess(true),
                f.Partition().withName("a", "b?", "[cd]*", "ü & <x>"),
                f.GroupData().withValue(bytes, 0, 4),
                f.EntityFactory().withAutoEnableCreatedEntities(false));
        SubscriberQos subscriber = SiroccoSubscriberQos.defaults(env).withPolicies(
                f.Presentation().withTopic().withOrderedAccess(true),
                f.Partition().withName(""),
                f.GroupData().withValue(bytes, 3, 1));
        DataWriterQos writer = SiroccoDataWriterQos.defaults(env).withPolicies(
                f.Durability().withTransientLocal(),
                f.DurabilityService().withHistoryDepth(9),
                f.Deadline().withPeriod(2, TimeUnit.SECONDS),
                f.LatencyBudget().withDuration(1, TimeUnit.MILLISECONDS),
                f.Liveliness().withManualByTopic(),
                f.Reliability().withBestEffort().withMaxBlockingTime(2, TimeUnit.MILLISECONDS),
                f.DestinationOrder().withSourceTimestamp(),
                f.History().withKeepAll(),
                f.ResourceLimits().withMaxInstances(3),
                f.TransportPriority().withValue(Integer.MAX_VALUE),
                f.Lifespan().withDuration(0, TimeUnit.SECONDS),
                f.UserData().withValue(new byte[0], 0, 0),
                f.Ownership().withExclusive(),
                f.OwnershipStrength().withValue(-7),
                f.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false),
                f.Representation().withValue((short) 1),
                f.TypeConsistency().withDeclaredTypeConsistency(),
                Consistency.atomic(env),
                Acceleration.of(env, AccelerationKind.PREFERRED));
        DataReaderQos reader = SiroccoDataReaderQos.defaults(env).withPolicies(
                f.Durability().withTransient(),
                f.Deadline().withPeriod(10, TimeUnit.SECONDS),
                f.LatencyBudget().withDuration(999_999_999, TimeUnit.NANOSECONDS),
                f.Liveliness().withLeaseDuration(3, TimeUnit.MINUTES),
                f.Reliability().withReliable(),
                f.History().withKeepLast(100),
                f.ResourceLimits().withMaxSamplesPerInstance(100),
                f.UserData().withValue(bytes, 2, 2),
                f.Ownership().withExclusive(),
                f.TimeBasedFilter().withMinimumSeparation(250, TimeUnit.MILLISECONDS),
                f.ReaderDataLifecycle().withAutoPurgeNoWriterSamplesDelay(1, TimeUnit.HOURS)
                        .withAutoPurgeDisposedSamplesDelay(0, TimeUnit.SECONDS),
                f.Representation().withValue(),
                f.TypeConsistency().withExactTypeTypeConsistency(),
                Consistency.eventual(env),
                Acceleration.of(env, AccelerationKind.NONE));
        return List.of(factory, participant, topic, publisher, subscriber, writer, reader);
    }

    private List<EntityQos<?>> defaults() {
        return List.of(SiroccoDomainParticipantFactoryQos.defaults(env), SiroccoDomainParticipantQos.defaults(env),
                SiroccoTopicQos.defaults(env), SiroccoPublisherQos.defaults(env), SiroccoSubscriberQos.defaults(env),
                SiroccoDataWriterQos.defaults(env), SiroccoDataReaderQos.defaults(env));
    }

    private QosProvider writeAndRead(List<EntityQos<?>> qos, String name) throws IOException {
        Path file = directory.resolve(name + ".xml");
        Files.writeString(file, QosXmlWriter.toXml("RoundTrip", name, qos.toArray(EntityQos<?>[]::new)),
                StandardCharsets.UTF_8);
        return QosProvider.newQosProvider(file.toString(), "RoundTrip::" + name, env);
    }

    private static void assertReadBack(List<EntityQos<?>> expected, QosProvider read) {
        assertEquals(expected.get(0), read.getDomainParticipantFactoryQos());
        assertEquals(expected.get(1), read.getDomainParticipantQos());
        assertEquals(expected.get(2), read.getTopicQos());
        assertEquals(expected.get(3), read.getPublisherQos());
        assertEquals(expected.get(4), read.getSubscriberQos());
        assertEquals(expected.get(5), read.getDataWriterQos());
        assertEquals(expected.get(6), read.getDataReaderQos());
    }

    @Test
    void everyPolicyAwayFromItsDefault() throws IOException {
        List<EntityQos<?>> qos = changed();
        for (EntityQos<?> one : qos) {
            assertTrue(!defaults().contains(one), "the test QoS differ from the defaults: " + one);
        }
        assertReadBack(qos, writeAndRead(qos, "Changed"));
    }

    @Test
    void defaultsRoundTrip() throws IOException {
        assertReadBack(defaults(), writeAndRead(defaults(), "Defaults"));
    }

    @Test
    void everyPolicyElementIsWritten() {
        String xml = QosXmlWriter.toXml("L", "P", changed().toArray(EntityQos<?>[]::new));
        for (PolicyElement element : PolicyElement.values()) {
            assertTrue(xml.contains("<" + element.element() + ">"), element.element() + " is written");
        }
        assertTrue(xml.contains("<kind>EXACT_NAME_TYPE_CONSISTENCY</kind>"), xml);
        assertTrue(xml.contains("<kind>ATOMIC_CONSISTENCY_QOS</kind>"));
        assertTrue(xml.contains("<kind>REQUIRED_ACCELERATION_QOS</kind>"));
        assertTrue(xml.contains("<max_instances>LENGTH_UNLIMITED</max_instances>"));
        assertTrue(xml.contains("<sec>DURATION_INFINITE_SEC</sec>"));
        assertTrue(xml.contains("<element>7</element>"), "an unnamed representation id is a number");
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assertTrue(xml.contains("<dds xmlns=\"" + QosXmlWriter.NAMESPACE + "\">"));
    }

    @Test
    void readsBackThroughAFileUri() throws IOException {
        Path file = directory.resolve("uri.xml");
        Files.writeString(file, QosXmlWriter.toXml("U", "P", changed().get(5)));
        QosProvider read = QosProvider.newQosProvider(file.toUri().toString(), "U::P", env);
        assertEquals(changed().get(5), read.getDataWriterQos());
    }

    @Test
    void writerArgumentsAreChecked() {
        DataWriterQos writer = SiroccoDataWriterQos.defaults(env);
        assertEquals("library must not be null",
                assertThrows(IllegalArgumentException.class, () -> QosXmlWriter.toXml(null, "P", writer)).getMessage());
        assertEquals("profile must not be blank",
                assertThrows(IllegalArgumentException.class, () -> QosXmlWriter.toXml("L", " ", writer)).getMessage());
        assertEquals("library \"A::B\" must not contain \"::\"",
                assertThrows(IllegalArgumentException.class, () -> QosXmlWriter.toXml("A::B", "P", writer))
                        .getMessage());
        assertEquals("qos[1] is a second datawriter_qos; a profile holds one unnamed QoS of each kind",
                assertThrows(IllegalArgumentException.class, () -> QosXmlWriter.toXml("L", "P", writer, writer))
                        .getMessage());
        assertEquals("qos[0] must not be null", assertThrows(IllegalArgumentException.class,
                () -> QosXmlWriter.toXml("L", "P", (EntityQos<?>) null)).getMessage());
        DataWriterQos foreign = writer.withPolicy(new ForeignPolicy(env));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QosXmlWriter.toXml("L", "P", foreign));
        assertTrue(e.getMessage().startsWith("qos holds ForeignPolicy"), e.getMessage());
    }

    /** An extension policy that DDS-XML has no element for. */
    private record ForeignPolicy(ServiceEnvironment env) implements QosPolicy.ForDataWriter {
        @Override
        public ServiceEnvironment getEnvironment() {
            return env;
        }

        @Override
        public String toString() {
            return "ForeignPolicy";
        }
    }

    @Test
    void typeConsistencyKindsWithoutAnXTypesName() throws IOException {
        for (TypeConsistencyEnforcement.Kind kind : TypeConsistencyEnforcement.Kind.values()) {
            DataReaderQos reader = SiroccoDataReaderQos.defaults(env).withPolicy(f.TypeConsistency().withKind(kind));
            assertEquals(reader, writeAndRead(List.of(reader), "Tc" + kind.ordinal()).getDataReaderQos(), kind.name());
        }
    }
}
