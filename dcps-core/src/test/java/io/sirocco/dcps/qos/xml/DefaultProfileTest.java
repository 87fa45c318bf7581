package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.domain.SiroccoParticipant;
import io.sirocco.dcps.qos.SiroccoDataReaderQos;
import io.sirocco.dcps.qos.SiroccoSubscriberQos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;

/**
 * The default profile file: where it is looked for, and how its {@code is_default_qos} profile becomes
 * the factory's and the participants' default QoS.
 */
class DefaultProfileTest {
    private static final String DEFAULTS = """
            <dds>
                <qos_library name="App">
                    <qos_profile name="Defaults" is_default_qos="true">
                        <domain_participant_qos>
                            <user_data><value>7,8</value></user_data>
                        </domain_participant_qos>
                        <topic_qos>
                            <transport_priority><value>3</value></transport_priority>
                        </topic_qos>
                        <publisher_qos>
                            <partition><name><element>pub</element></name></partition>
                        </publisher_qos>
                        <subscriber_qos>
                            <partition><name><element>sub</element></name></partition>
                        </subscriber_qos>
                        <datawriter_qos>
                            <history><kind>KEEP_LAST_HISTORY_QOS</kind><depth>3</depth></history>
                        </datawriter_qos>
                        <datareader_qos>
                            <reliability><kind>RELIABLE_RELIABILITY_QOS</kind></reliability>
                        </datareader_qos>
                    </qos_profile>
                    <qos_profile name="Manual">
                        <domain_participant_factory_qos>
                            <entity_factory>
                                <autoenable_created_entities>false</autoenable_created_entities>
                            </entity_factory>
                        </domain_participant_factory_qos>
                    </qos_profile>
                </qos_library>
            </dds>
            """;

    @TempDir
    Path directory;

    private interface Body {
        void run() throws Exception;
    }

    /** Runs {@code body} with the system property naming the default files, then clears it. */
    private static void withDefaultFiles(String value, Body body) throws Exception {
        String before = System.getProperty(DefaultProfileFiles.PROPERTY);
        System.setProperty(DefaultProfileFiles.PROPERTY, value);
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty(DefaultProfileFiles.PROPERTY);
            } else {
                System.setProperty(DefaultProfileFiles.PROPERTY, before);
            }
        }
    }

    @Test
    void whereDefaultFilesAreLookedFor() throws IOException {
        Map<String, String> properties = new HashMap<>();
        Map<String, String> variables = new HashMap<>();
        DefaultProfileFiles files = new DefaultProfileFiles(properties::get, variables::get, directory);
        assertEquals(List.of(), files.locations(), "nothing configured and no file");

        Files.writeString(directory.resolve(DefaultProfileFiles.FILE_NAME), DEFAULTS);
        assertEquals(List.of(directory.resolve("sirocco_qos_profiles.xml").toString()), files.locations());
        assertEquals("sirocco_qos_profiles.xml in the working directory", files.origin());

        variables.put("SIROCCO_QOS_PROFILES", "a.xml; b.xml ;;");
        assertEquals(List.of("a.xml", "b.xml"), files.locations(), "the variable wins over the file; ';' separates");
        assertEquals("environment variable SIROCCO_QOS_PROFILES", files.origin());

        properties.put("SIROCCO_QOS_PROFILES", "c.xml");
        assertEquals(List.of("c.xml"), files.locations(), "a system property wins over the variable");
        properties.put("sirocco.qosProfiles", "d.xml");
        assertEquals(List.of("d.xml"), files.locations());
        assertEquals("system property sirocco.qosProfiles", files.origin());
        properties.put("sirocco.qosProfiles", "  ");
        assertEquals(List.of("c.xml"), files.locations(), "a blank value counts as unset");
    }

    @Test
    void defaultProfileBecomesTheDefaultQos() throws Exception {
        Path file = directory.resolve("defaults.xml");
        Files.writeString(file, DEFAULTS);
        withDefaultFiles(file.toString(), () -> {
            SiroccoServiceEnvironment env = Profiles.environment();
            DomainParticipantFactory factory = env.participantFactory();
            assertArrayEquals(new byte[] {7, 8}, factory.getDefaultParticipantQos().getUserData().getValue());
            DomainParticipant participant = factory.createParticipant(202);
            try {
                assertArrayEquals(new byte[] {7, 8}, participant.getQos().getUserData().getValue());
                assertEquals(3, participant.getDefaultTopicQos().getTransportPriority().getValue());
                Publisher publisher = participant.createPublisher();
                assertEquals(List.of("pub"), List.copyOf(publisher.getQos().getPartition().getName()));
                assertEquals(3, publisher.getDefaultDataWriterQos().getHistory().getDepth());
                assertEquals(History.Kind.KEEP_LAST, publisher.getDefaultDataWriterQos().getHistory().getKind());
                Subscriber subscriber = participant.createSubscriber();
                assertEquals(List.of("sub"), List.copyOf(subscriber.getQos().getPartition().getName()));
                assertEquals(Reliability.Kind.RELIABLE,
                        subscriber.getDefaultDataReaderQos().getReliability().getKind());

                Subscriber builtin = participant.getBuiltinSubscriber();
                assertEquals(SiroccoSubscriberQos.defaults(env), builtin.getQos(), "built-in entities keep their QoS");
                DataReader<?> participants = builtin.lookupDataReader("DCPSParticipant");
                assertEquals(SiroccoDataReaderQos.defaults(env).getUserData(), participants.getQos().getUserData());
            } finally {
                participant.close();
            }
        });
    }

    @Test
    void participantFactoryQosComesFromTheDefaultFactoryProfile() throws Exception {
        Path file = directory.resolve("factory.xml");
        Files.writeString(file, DEFAULTS.replace("<qos_profile name=\"Manual\">",
                "<qos_profile name=\"Manual\" is_default_participant_factory_profile=\"true\">"));
        withDefaultFiles(file.toString(), () -> {
            DomainParticipantFactory factory = Profiles.environment().participantFactory();
            assertFalse(factory.getQos().getEntityFactory().isAutoEnableCreatedEntities());
            DomainParticipant participant = factory.createParticipant(203);
            try {
                assertFalse(((SiroccoParticipant) participant).isEnabled(), "created disabled, as the profile says");
            } finally {
                participant.close();
            }
        });
    }

    @Test
    void brokenDefaultFileFailsWhereItIsUsedAndIsReadAgain() throws Exception {
        Path file = directory.resolve("broken.xml");
        Files.writeString(file, "<dds>\n  <qos_library name=\"App\">\n    <qos_profile/>\n  </qos_library>\n</dds>\n");
        withDefaultFiles(file.toString(), () -> {
            SiroccoServiceEnvironment env = Profiles.environment();
            QosXmlException e = assertThrows(QosXmlException.class,
                    () -> env.participantFactory().createParticipant(204));
            assertEquals(file + ":3:19: dds/qos_library[@name='App']/qos_profile: a qos_profile needs a non-empty "
                    + "name attribute", e.getMessage());
            Files.writeString(file, DEFAULTS);
            DomainParticipant participant = env.participantFactory().createParticipant(204);
            try {
                assertArrayEquals(new byte[] {7, 8}, participant.getQos().getUserData().getValue());
            } finally {
                participant.close();
            }
        });
    }

    @Test
    void missingDefaultFileSaysWhereItWasConfigured() throws Exception {
        withDefaultFiles("no/such/profiles.xml", () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Profiles.environment().participantFactory().getDefaultParticipantQos());
            assertTrue(e.getMessage().startsWith("the default QoS profile file \"no/such/profiles.xml\" (from system "
                    + "property sirocco.qosProfiles) cannot be used: uri \"no/such/profiles.xml\" is neither a file"),
                    e.getMessage());
        });
    }
}
