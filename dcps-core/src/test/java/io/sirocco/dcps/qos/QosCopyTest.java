package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.topic.TopicQos;

class QosCopyTest {
    private final TestEnvironment env = new TestEnvironment();
    private final QosDefaults defaults = new QosDefaults(env);
    private final SiroccoPolicyFactory f = defaults.policyFactory();

    private final TopicQos topic = defaults.topicQos().withPolicies(f.Durability().withTransientLocal(),
            f.Deadline().withPeriod(2, TimeUnit.SECONDS), f.History().withKeepLast(8),
            f.TransportPriority().withValue(3), Consistency.atomic(env),
            Acceleration.of(env, AccelerationKind.PREFERRED), new TestOnlyPolicy(5));

    @Test
    void aWriterFollowsItsTopicForEveryPolicyTheyShare() {
        DataWriterQos writer = defaults.dataWriterQos().withPolicy(f.OwnershipStrength().withValue(7));
        DataWriterQos copied = QosCopy.writerFromTopic(writer, topic);
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, copied.getDurability().getKind());
        assertEquals(2, copied.getDeadline().getPeriod().getDuration(TimeUnit.SECONDS));
        assertEquals(8, copied.getHistory().getDepth());
        assertEquals(3, copied.getTransportPriority().getValue());
        assertEquals(Reliability.Kind.BEST_EFFORT, copied.getReliability().getKind(),
                "the topic's reliability is copied too");
        assertTrue(copied.get(Consistency.class).isAtomic());
        assertEquals(AccelerationKind.PREFERRED, copied.get(Acceleration.class).getKind());
        assertEquals(new TestOnlyPolicy(5), copied.get(TestOnlyPolicy.class));
        assertEquals(7, copied.getOwnershipStrength().getValue(), "writer-only policies are kept");
        assertEquals(Durability.Kind.VOLATILE, writer.getDurability().getKind(), "the argument is unchanged");
    }

    @Test
    void aReaderFollowsItsTopicButKeepsReaderOnlyPolicies() {
        DataReaderQos reader = defaults.dataReaderQos()
                .withPolicy(f.TimeBasedFilter().withMinimumSeparation(1, TimeUnit.SECONDS));
        DataReaderQos copied = QosCopy.readerFromTopic(reader, topic);
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, copied.getDurability().getKind());
        assertEquals(8, copied.getHistory().getDepth());
        assertTrue(copied.get(Consistency.class).isAtomic());
        assertEquals(AccelerationKind.PREFERRED, copied.get(Acceleration.class).getKind());
        assertEquals(1, copied.getTimeBasedFilter().getMinimumSeparation().getDuration(TimeUnit.SECONDS));
        assertEquals(defaults.dataReaderQos().size(), copied.size(), "topic-only policies are not added");
    }

    @Test
    void copyingFromTheDefaultTopicGivesAWriterTheTopicsReliability() {
        DataWriterQos copied = QosCopy.writerFromTopic(defaults.dataWriterQos(), defaults.topicQos());
        assertEquals(Reliability.Kind.BEST_EFFORT, copied.getReliability().getKind());
    }

    @Test
    void missingArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QosCopy.readerFromTopic(defaults.dataReaderQos(), null));
        assertTrue(e.getMessage().startsWith("topicQos"), e.getMessage());
    }
}
