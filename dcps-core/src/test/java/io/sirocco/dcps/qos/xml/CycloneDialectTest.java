package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.qos.SiroccoDataWriterQos;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;

/** Cyclone DDS 11 style: named entity QoS addressed as lib::profile::name, qos-xml/cyclone. */
class CycloneDialectTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final XmlQosProvider provider = Profiles.open(env, "cyclone/qos_provider.xml", "cyclone_lib::sensors");

    @Test
    void unnamedAndNamedQos() {
        assertEquals(8, provider.getDataWriterQos().getHistory().getDepth(), "the unnamed writer QoS");
        DataWriterQos fast = provider.getDataWriterQos("cyclone_lib::sensors::fast");
        assertEquals(Reliability.Kind.BEST_EFFORT, fast.getReliability().getKind());
        assertEquals(SiroccoDataWriterQos.defaults(env).getHistory(), fast.getHistory(),
                "a named QoS does not inherit the profile's unnamed one");
        assertEquals(fast, provider.getDataWriterQos("fast"), "a bare name is a QoS of the provider's profile");
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII),
                provider.getDomainParticipantQos().getUserData().getValue());
        assertEquals(Duration.newDuration(1, TimeUnit.SECONDS, env),
                provider.getDataReaderQos("sampled").getTimeBasedFilter().getMinimumSeparation());
        assertEquals(Duration.newDuration(200, TimeUnit.MILLISECONDS, env),
                provider.getTopicQos("cyclone_lib::sensors::short_lived").getLifespan().getDuration());
    }

    @Test
    void namedQosWithBaseFoundThroughTheProfileBase() {
        DataWriterQos safer = provider.getDataWriterQos("cyclone_lib::sensors_ext::safer");
        assertEquals(Reliability.Kind.RELIABLE, safer.getReliability().getKind());
        assertEquals(Duration.newDuration(500, TimeUnit.MILLISECONDS, env),
                safer.getReliability().getMaxBlockingTime());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, safer.getDurability().getKind());
        assertEquals(History.Kind.KEEP_ALL, safer.getHistory().getKind());
        assertEquals(provider.getDataWriterQos("cyclone_lib::sensors::safe"),
                provider.getDataWriterQos("cyclone_lib::sensors_ext::safe"), "named QoS are found in bases");
        assertEquals(8, provider.getDataWriterQos("cyclone_lib::sensors_ext").getHistory().getDepth(),
                "the derived profile's unnamed QoS is the base's");
    }
}
