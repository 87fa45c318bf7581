package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.pub.DataWriterQos;

/** The simple values of policy fields: durations, octets, numbers, counts and text handling. */
class ValuesTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();

    /** The writer QoS of a one-profile document whose datawriter_qos holds {@code policies}. */
    private DataWriterQos writer(String policies) {
        String xml = "<dds><qos_library name=\"L\"><qos_profile name=\"P\"><datawriter_qos>\n" + policies
                + "\n</datawriter_qos></qos_profile></qos_library></dds>";
        QosDocument document = QosDocumentParser.parse("inline.xml",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        ProfileResolver resolver = new ProfileResolver(List.of(document));
        resolver.validate(document);
        return (DataWriterQos) resolver.qos(env, EntityKind.DATA_WRITER,
                new ProfileResolver.ProfileTarget(document.profile("L", "P")), null);
    }

    private String error(String policies) {
        return assertThrows(QosXmlException.class, () -> writer(policies)).problem();
    }

    private Duration period(String duration) {
        return writer("<deadline><period>" + duration + "</period></deadline>").getDeadline().getPeriod();
    }

    private byte[] userData(String value) {
        return writer("<user_data><value>" + value + "</value></user_data>").getUserData().getValue();
    }

    @Test
    void durations() {
        assertEquals(Duration.newDuration(3, TimeUnit.SECONDS, env), period("<sec>3</sec>"));
        assertEquals(Duration.newDuration(5, TimeUnit.NANOSECONDS, env), period("<nanosec>5</nanosec>"));
        assertTrue(period("<sec>2147483647</sec><nanosec>0</nanosec>").isInfinite(), "0x7fffffff seconds");
        assertTrue(period("<sec>DURATION_INFINITE_SEC</sec>").isInfinite());
        assertTrue(period("<nanosec>DURATION_INFINITE_NSEC</nanosec>").isInfinite());
        assertTrue(period("").isZero(), "no parts: zero");
        assertEquals(Duration.newDuration(10_000_000_000L, TimeUnit.SECONDS, env), period("<sec>10000000000</sec>"),
                "seconds beyond 32 bits, as the writer may produce for long finite durations");
        assertEquals("bad number \"-1\"; expected seconds (0 or more), DURATION_INFINITE_SEC, DURATION_ZERO_SEC or "
                + "DURATION_INFINITY", error("<deadline><period><sec>-1</sec></period></deadline>"));
        assertEquals("<sec> is given twice", error("<deadline><period><sec>1</sec><sec>2</sec></period></deadline>"));
    }

    @Test
    void octets() {
        assertArrayEquals("ABC".getBytes(StandardCharsets.US_ASCII), userData("QUJD"));
        assertArrayEquals("ABC".getBytes(StandardCharsets.US_ASCII), userData("\n  QU JD \n"));
        assertArrayEquals(new byte[] {65}, userData("65"), "a single octet");
        assertArrayEquals(new byte[] {0x41}, userData("0x41"));
        assertArrayEquals(new byte[] {(byte) 255, 0, 16}, userData("255, 0 ,0x10"));
        assertArrayEquals(new byte[0], userData(""));
        assertTrue(error("<user_data><value>1,,2</value></user_data>").startsWith("bad octet \"\" in \"1,,2\""));
        assertTrue(error("<user_data><value>not base64!</value></user_data>").startsWith("bad octets \"not base64!\""));
    }

    @Test
    void numbersAndCounts() {
        assertEquals(16, writer("<transport_priority><value>0x10</value></transport_priority>")
                .getTransportPriority().getValue());
        assertEquals(-5, writer("<ownership_strength><value>-5</value></ownership_strength>")
                .getOwnershipStrength().getValue());
        assertEquals("bad number \"3000000000\"; expected a 32-bit integer",
                error("<transport_priority><value>3000000000</value></transport_priority>"));
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, writer("<resource_limits><max_samples>-1</max_samples>"
                + "</resource_limits>").getResourceLimits().getMaxSamples());
        assertEquals("bad number \"-2\"; expected a count from 0 to 2147483647 or LENGTH_UNLIMITED",
                error("<resource_limits><max_samples>-2</max_samples></resource_limits>"));
    }

    @Test
    void textIsTrimmedAndMayUseCommentsAndCdata() {
        assertEquals(Reliability.Kind.RELIABLE, writer("<reliability><kind>\n   RELIABLE_RELIABILITY_QOS  \n</kind>"
                + "</reliability>").getReliability().getKind());
        assertEquals(Reliability.Kind.BEST_EFFORT, writer("<reliability><!-- fast --><kind><![CDATA[BEST_EFFORT_"
                + "RELIABILITY_QOS]]></kind></reliability>").getReliability().getKind());
    }

    @Test
    void representationsAndAttributes() {
        assertEquals(List.of((short) 0, (short) 9), writer("<representation><value><element>XCDR1_DATA_REPRESENTATION"
                + "</element><element>9</element></value></representation>").getRepresentation().getValue());
        assertTrue(error("<representation><value><element>JSON</element></value></representation>")
                .startsWith("bad value \"JSON\"; expected one of: XCDR_DATA_REPRESENTATION"));
        assertEquals("unknown attribute kind=\"x\"; expected no attributes", error("<history kind=\"x\"/>"));
    }
}
