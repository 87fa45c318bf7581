package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.policy.Durability;

/** {@code QosProvider.newQosProvider} and the provider's lookups, arguments and errors. */
class ProviderApiTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();

    @TempDir
    Path directory;

    private Path write(String name, String xml) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    @Test
    void locationsOfADocument() throws IOException {
        Path file = write("keyed.xml", Profiles.resource("qos-xml/omg/no-namespace.xml"));
        for (String uri : List.of(file.toString(), file.toUri().toString(), "qos-xml/omg/no-namespace.xml",
                "/qos-xml/omg/no-namespace.xml", "classpath:qos-xml/omg/no-namespace.xml")) {
            QosProvider provider = QosProvider.newQosProvider(uri, "Ns::Keyed", env);
            assertInstanceOf(XmlQosProvider.class, provider);
            assertSame(env, provider.getEnvironment());
            assertEquals(Durability.Kind.TRANSIENT_LOCAL, provider.getDataWriterQos().getDurability().getKind(), uri);
        }
    }

    @Test
    void badArgumentsNameTheArgument() {
        assertEquals("uri must not be null", assertThrows(IllegalArgumentException.class,
                () -> QosProvider.newQosProvider(null, null, env)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QosProvider.newQosProvider("nowhere.xml", null,
                env)).getMessage().startsWith("uri \"nowhere.xml\" is neither a file (looked for "));
        IllegalArgumentException profile = assertThrows(IllegalArgumentException.class,
                () -> Profiles.open(env, "omg/library.xml", "Omg::Nope"));
        assertEquals("profile \"Omg::Nope\" is not a qos_profile of \"qos-xml/omg/library.xml\" nor of a document "
                + "opened before; known profiles: Omg::Base, Omg::Derived, Omg::Empty", profile.getMessage());

        XmlQosProvider provider = Profiles.open(env, "omg/library.xml", "Omg::Base");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> provider.getTopicQos(null)).getMessage()
                .startsWith("name must not be null"));
        assertEquals("topicName must not be null", assertThrows(IllegalArgumentException.class,
                () -> provider.getDataWriterQos("Omg::Base", null)).getMessage());
        assertEquals("name \"Omg::Nope\" is neither a qos_profile nor a datareader_qos in qos-xml/omg/library.xml; "
                + "known profiles: Omg::Base, Omg::Derived, Omg::Empty",
                assertThrows(IllegalArgumentException.class, () -> provider.getDataReaderQos("Omg::Nope"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> provider.getDataReaderQos("null::Base"))
                .getMessage().contains("was a null library or profile name passed?"));
    }

    @Test
    void providerNamesItsProfileAndDocuments() {
        XmlQosProvider provider = Profiles.open(env, "omg/library.xml", "Base");
        assertEquals("Omg::Base", provider.getProfileName(), "a bare profile name is found in any library");
        assertEquals(List.of("qos-xml/omg/library.xml"), provider.getSources());
        assertEquals(List.of("Omg::Base", "Omg::Derived", "Omg::Empty"), provider.getProfileNames());
        assertTrue(provider.toString().contains("qos-xml/omg/library.xml"));
    }

    @Test
    void ambiguousBareNamesAreErrors() throws IOException {
        Path file = write("two.xml", """
                <dds>
                    <qos_library name="A"><qos_profile name="P"/></qos_library>
                    <qos_library name="B"><qos_profile name="P"/></qos_library>
                </dds>
                """);
        assertEquals("profile \"P\" is ambiguous: it may be any of A::P, B::P; write Library::Profile",
                assertThrows(IllegalArgumentException.class,
                        () -> QosProvider.newQosProvider(file.toString(), "P", env)).getMessage());
        XmlQosProvider inA = (XmlQosProvider) QosProvider.newQosProvider(file.toString(), "A::P", env);
        assertEquals(inA.getPublisherQos("A::P"), inA.getPublisherQos("P"), "the provider's library comes first");
        XmlQosProvider none = (XmlQosProvider) QosProvider.newQosProvider(file.toString(), null, env);
        assertEquals("name \"P\" is ambiguous: it may be any of A::P, B::P; write Library::Profile",
                assertThrows(IllegalArgumentException.class, () -> none.getPublisherQos("P")).getMessage());
        assertNotNull(none.getPublisherQos("B::P"));
    }

    @Test
    void laterDocumentsSeeEarlierOnes() throws IOException {
        Profiles.open(env, "omg/library.xml", null);
        Path file = write("derived.xml", """
                <dds xmlns="http://www.omg.org/dds/">
                    <qos_library name="Later">
                        <qos_profile name="P" base_name="Omg::Base">
                            <datawriter_qos>
                                <durability><kind>VOLATILE_DURABILITY_QOS</kind></durability>
                            </datawriter_qos>
                        </qos_profile>
                    </qos_library>
                </dds>
                """);
        XmlQosProvider later = (XmlQosProvider) QosProvider.newQosProvider(file.toString(), "Later::P", env);
        assertEquals(Durability.Kind.VOLATILE, later.getDataWriterQos().getDurability().getKind());
        assertEquals(9, later.getDataWriterQos().getOwnershipStrength().getValue(), "from Omg::Base");
        XmlQosProvider registry = (XmlQosProvider) env.defaultQosProvider();
        assertEquals(List.of(file.toString(), "qos-xml/omg/library.xml"), registry.getSources(),
                "setQos(library, profile) sees every opened document, newest first");
        assertEquals(later.getDataWriterQos("Omg::Base"), Profiles.open(env, "omg/library.xml", null)
                .getDataWriterQos("Omg::Base"));
        assertEquals(List.of("qos-xml/omg/library.xml", file.toString()),
                ((XmlQosProvider) env.defaultQosProvider()).getSources(), "re-opening makes a document the newest");

        SiroccoServiceEnvironment other = Profiles.environment();
        assertThrows(QosXmlException.class, () -> QosProvider.newQosProvider(file.toString(), null, other),
                "another environment has not opened the base document");
    }
}
