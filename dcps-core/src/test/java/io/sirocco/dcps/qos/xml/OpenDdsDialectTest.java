package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.qos.SiroccoDataWriterQos;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;

/** OpenDDS style: library-less profiles, qos-xml/opendds/opendds_qos.xml. */
class OpenDdsDialectTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final XmlQosProvider provider = Profiles.open(env, "opendds/opendds_qos.xml", "opendds_profile");

    @Test
    void libraryLessProfile() {
        assertEquals("opendds_profile", provider.getProfileName());
        DataWriterQos writer = provider.getDataWriterQos();
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, writer.getDurability().getKind());
        assertTrue(writer.getDeadline().getPeriod().isInfinite());
        assertEquals(10, writer.getHistory().getDepth());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, writer.getResourceLimits().getMaxSamples());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, writer.getResourceLimits().getMaxInstances());
        assertEquals(10, writer.getResourceLimits().getMaxSamplesPerInstance());
        assertArrayEquals(new byte[] {0x41, 66}, provider.getDomainParticipantQos().getUserData().getValue());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, provider.getTopicQos().getTopicData().getValue());
    }

    @Test
    void libraryLessBaseAndIds() {
        DataReaderQos derived = provider.getDataReaderQos("opendds_derived");
        assertEquals(Reliability.Kind.RELIABLE, derived.getReliability().getKind());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, derived.getDurability().getKind());
        assertEquals(derived, provider.getDataReaderQos("::opendds_derived"), "an empty library is library-less");
        assertEquals(derived, EntityProfiles.dataReaderQos(provider, "", "opendds_derived", "AnyTopic"));
    }

    @Test
    void noDefaultProfileMeansSiroccoDefaults() {
        XmlQosProvider plain = Profiles.open(env, "opendds/opendds_qos.xml", null);
        assertNull(plain.getProfileName());
        assertEquals(SiroccoDataWriterQos.defaults(env), plain.getDataWriterQos());
    }
}
