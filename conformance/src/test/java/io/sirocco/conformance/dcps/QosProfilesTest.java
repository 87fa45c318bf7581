package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omg.dds.core.Duration;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.Status;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * QoS profiles from XML as an application sees them through the OMG API: a provider read from a
 * class-path resource, entities created from its QoS and re-tuned with {@code setQos(library,
 * profile)}, and a default profile file named by the {@code sirocco.qosProfiles} system property
 * giving a fresh environment its default QoS.
 */
class QosProfilesTest extends DcpsFixture {
    private static final String PROFILES = "qos/conformance_profiles.xml";
    private static final String DEFAULTS_PROPERTY = "sirocco.qosProfiles";
    private static final Collection<Class<? extends Status>> NO_STATUSES = List.of();

    @TempDir
    Path directory;

    @Test
    void entitiesCreatedFromAProviderExchangeData() throws Exception {
        QosProvider provider = QosProvider.newQosProvider(PROFILES, "Conformance::Reliable", env);
        Topic<Reading> topic = participant.createTopic("ProfiledReadings", Reading.class, provider.getTopicQos(),
                null, NO_STATUSES);
        DataWriter<Reading> writer = publisher.createDataWriter(topic, provider.getDataWriterQos());
        assertEquals(Reliability.Kind.RELIABLE, writer.getQos().getReliability().getKind());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, writer.getQos().getDurability().getKind());
        assertEquals(4, writer.getQos().getHistory().getDepth());
        for (int i = 1; i <= 6; i++) {
            writer.write(new Reading(i));
        }
        DataReader<Reading> late = subscriber.createDataReader(topic, provider.getDataReaderQos());
        assertEquals(History.Kind.KEEP_ALL, late.getQos().getHistory().getKind());
        eventually(5, "the last 4 readings", () -> late.read(new ArrayList<>()).size() == 4);
        List<Integer> values = new ArrayList<>();
        for (Sample<Reading> sample : late.take(new ArrayList<>())) {
            values.add(sample.getData().value);
        }
        assertEquals(List.of(3, 4, 5, 6), values, "a TRANSIENT_LOCAL late joiner gets the writer's KEEP_LAST 4");
    }

    @Test
    void setQosWithLibraryAndProfileRetunesWritersAndReaders() throws Exception {
        QosProvider provider = QosProvider.newQosProvider(PROFILES, "Conformance::Reliable", env);
        Topic<Reading> profiled = participant.createTopic("ProfiledTemperature", Reading.class,
                provider.getTopicQos(), null, NO_STATUSES);
        Topic<Reading> other = participant.createTopic("Pressure", Reading.class, provider.getTopicQos(), null,
                NO_STATUSES);
        DataWriter<Reading> profiledWriter = publisher.createDataWriter(profiled, provider.getDataWriterQos());
        DataWriter<Reading> otherWriter = publisher.createDataWriter(other, provider.getDataWriterQos());
        DataReader<Reading> reader = subscriber.createDataReader(profiled, provider.getDataReaderQos());

        profiledWriter.setQos("Conformance", "Tuned");
        otherWriter.setQos("Conformance", "Tuned");
        reader.setQos("Conformance", "Tuned");

        assertEquals(7, profiledWriter.getQos().getOwnershipStrength().getValue(), "topic_filter Profiled*");
        assertEquals(Duration.newDuration(60, TimeUnit.SECONDS, env),
                profiledWriter.getQos().getLifespan().getDuration());
        assertEquals(1, otherWriter.getQos().getOwnershipStrength().getValue(), "the profile's general writer QoS");
        assertTrue(otherWriter.getQos().getLifespan().getDuration().isInfinite());
        assertEquals(Duration.newDuration(30, TimeUnit.SECONDS, env), reader.getQos().getDeadline().getPeriod());
        assertEquals(Reliability.Kind.RELIABLE, reader.getQos().getReliability().getKind(), "inherited from Reliable");

        profiledWriter.write(new Reading(42));
        eventually(5, "the reading after setQos", () -> reader.read(new ArrayList<>()).size() == 1);
    }

    @Test
    void extensionPoliciesFromXml() {
        QosProvider provider = QosProvider.newQosProvider(PROFILES, null, env);
        assertEquals(ConsistencyKind.ATOMIC,
                provider.getTopicQos("Conformance::Extensions").get(Consistency.class).getKind());
        assertEquals(AccelerationKind.PREFERRED,
                provider.getTopicQos("Conformance::Extensions").get(Acceleration.class).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, provider.getTopicQos().get(Consistency.class).getKind(),
                "no default profile: the default QoS");
    }

    @Test
    void unknownProfilesAreReportedWithTheKnownOnes() {
        QosProvider.newQosProvider(PROFILES, null, env);
        Topic<Reading> topic = participant.createTopic("Unprofiled", Reading.class);
        DataWriter<Reading> writer = publisher.createDataWriter(topic);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.setQos("Conformance", "Missing"));
        assertTrue(e.getMessage().contains("\"Conformance::Missing\"") && e.getMessage().contains("Conformance::Tuned"),
                e.getMessage());
    }

    @Test
    void defaultProfileFileGivesAFreshEnvironmentItsDefaults() throws Exception {
        Path file = directory.resolve("site_qos_profiles.xml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("qos/conformance_defaults.xml")) {
            Files.copy(in, file);
        }
        String before = System.getProperty(DEFAULTS_PROPERTY);
        System.setProperty(DEFAULTS_PROPERTY, file.toString());
        DomainParticipant siteParticipant = null;
        try {
            ServiceEnvironment fresh = ServiceEnvironment.createInstance(QosProfilesTest.class.getClassLoader());
            DomainParticipantFactory siteFactory = DomainParticipantFactory.getInstance(fresh);
            assertArrayEquals("Site".getBytes(StandardCharsets.US_ASCII),
                    siteFactory.getDefaultParticipantQos().getUserData().getValue());
            siteParticipant = siteFactory.createParticipant(domainId);
            assertArrayEquals("Site".getBytes(StandardCharsets.US_ASCII),
                    siteParticipant.getQos().getUserData().getValue());
            Publisher sitePublisher = siteParticipant.createPublisher();
            Subscriber siteSubscriber = siteParticipant.createSubscriber();
            assertEquals(List.of("site"), List.copyOf(sitePublisher.getQos().getPartition().getName()));
            assertEquals(History.Kind.KEEP_ALL, sitePublisher.getDefaultDataWriterQos().getHistory().getKind());

            Topic<Reading> topic = siteParticipant.createTopic("SiteReadings", Reading.class);
            DataWriter<Reading> writer = sitePublisher.createDataWriter(topic);
            DataReader<Reading> reader = siteSubscriber.createDataReader(topic);
            assertEquals(Reliability.Kind.RELIABLE, writer.getQos().getReliability().getKind());
            assertEquals(Reliability.Kind.RELIABLE, reader.getQos().getReliability().getKind());
            writer.write(new Reading(1));
            eventually(5, "a reading between default-QoS entities", () -> reader.read(new ArrayList<>()).size() == 1);

            siteParticipant.setQos("Site", "Quiet");
            assertArrayEquals("Quiet".getBytes(StandardCharsets.US_ASCII),
                    siteParticipant.getQos().getUserData().getValue(), "setQos finds the default file's profiles");
        } finally {
            if (before == null) {
                System.clearProperty(DEFAULTS_PROPERTY);
            } else {
                System.setProperty(DEFAULTS_PROPERTY, before);
            }
            if (siteParticipant != null) {
                siteParticipant.close();
            }
        }
        ServiceEnvironment after = ServiceEnvironment.createInstance(QosProfilesTest.class.getClassLoader());
        assertEquals(0, DomainParticipantFactory.getInstance(after).getDefaultParticipantQos().getUserData()
                .getValue().length, "with the property cleared, a new environment has the built-in defaults again");
    }
}
