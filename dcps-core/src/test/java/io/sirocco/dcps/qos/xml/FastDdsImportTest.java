package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.qos.SiroccoDomainParticipantQos;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;

/** The Fast DDS import adapter: qos-xml/fastdds/fastdds_profiles.xml. */
class FastDdsImportTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final XmlQosProvider provider = Profiles.open(env, "fastdds/fastdds_profiles.xml", null);

    @Test
    void writerProfileIsTheDefault() {
        assertEquals(FastDdsProfiles.DEFAULTS, provider.getProfileName());
        DataWriterQos writer = provider.getDataWriterQos();
        assertEquals(writer, provider.getDataWriterQos("writer_profile"));
        assertEquals(History.Kind.KEEP_LAST, writer.getHistory().getKind());
        assertEquals(20, writer.getHistory().getDepth());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, writer.getResourceLimits().getMaxSamples(), "0 is unlimited");
        assertEquals(10, writer.getResourceLimits().getMaxInstances());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, writer.getDurability().getKind());
        assertEquals(Reliability.Kind.RELIABLE, writer.getReliability().getKind());
        assertEquals(Duration.newDuration(1, TimeUnit.SECONDS, env), writer.getReliability().getMaxBlockingTime());
        assertEquals(Ownership.Kind.EXCLUSIVE, writer.getOwnership().getKind());
        assertEquals(4, writer.getOwnershipStrength().getValue());
        assertEquals(SiroccoDomainParticipantQos.defaults(env), provider.getDomainParticipantQos(),
                "participant settings are RTPS configuration, not QoS");
    }

    @Test
    void readerAndTopicProfiles() {
        DataReaderQos reader = provider.getDataReaderQos("reader_profile");
        assertEquals(Reliability.Kind.BEST_EFFORT, reader.getReliability().getKind());
        assertEquals(Liveliness.Kind.MANUAL_BY_PARTICIPANT, reader.getLiveliness().getKind());
        assertEquals(true, reader.getLiveliness().getLeaseDuration().isInfinite());
        assertEquals(Duration.newDuration(5, TimeUnit.MICROSECONDS, env), reader.getLatencyBudget().getDuration());
        assertEquals(History.Kind.KEEP_ALL, provider.getTopicQos("topic_profile").getHistory().getKind());
        assertEquals(provider.getDataReaderQos(), provider.getDataReaderQos("fastdds_default_profiles"),
                "no default reader profile: Sirocco's default");
    }
}
