package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.topic.TopicQos;

class EntityQosMapTest {
    private final TestEnvironment env = new TestEnvironment();
    private final QosDefaults defaults = new QosDefaults(env);
    private final SiroccoPolicyFactory factory = defaults.policyFactory();

    private static void assertReadOnly(Executable mutation) {
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, mutation);
        assertTrue(e.getMessage().contains("withPolicy"), e.getMessage());
    }

    @Test
    void theMapViewIsReadOnlyAndPointsToWithPolicy() {
        DataWriterQos qos = defaults.dataWriterQos();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Object, Object> raw = (Map) qos;
        assertReadOnly(() -> raw.put(Durability.class, factory.Durability()));
        assertReadOnly(() -> qos.remove(Durability.class));
        assertReadOnly(() -> qos.clear());
        assertReadOnly(() -> qos.putAll(Map.of()));
        assertReadOnly(() -> raw.putIfAbsent(OwnershipStrength.class, factory.OwnershipStrength()));
        assertReadOnly(() -> qos.entrySet().clear());
        assertReadOnly(() -> qos.entrySet().iterator().next().setValue(factory.Durability()));
        assertReadOnly(() -> {
            var it = qos.entrySet().iterator();
            it.next();
            it.remove();
        });
        assertReadOnly(() -> qos.keySet().remove(Durability.class));
        assertReadOnly(() -> qos.keySet().removeIf(k -> true));
        assertReadOnly(() -> qos.values().clear());
        assertReadOnly(() -> qos.values().add(factory.Durability()));
        assertReadOnly(() -> raw.replaceAll((k, v) -> v));
        assertEquals(defaults.dataWriterQos(), qos);
    }

    @Test
    void withPolicyReturnsACopyAndLeavesTheOriginalAlone() {
        TopicQos original = defaults.topicQos();
        TopicQos changed = original.withPolicy(factory.Durability().withTransientLocal());
        assertEquals(Durability.Kind.VOLATILE, original.getDurability().getKind());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, changed.getDurability().getKind());
        assertEquals(original.size(), changed.size());
        assertNotEquals(original, changed);
        assertEquals(original, changed.withPolicy(factory.Durability()));
    }

    @Test
    void withPoliciesReplacesSeveralAtOnce() {
        DataReaderQos qos = defaults.dataReaderQos().withPolicies(factory.Reliability().withReliable(),
                factory.History().withKeepAll(), Consistency.atomic(env));
        assertEquals(org.omg.dds.core.policy.Reliability.Kind.RELIABLE, qos.getReliability().getKind());
        assertEquals(org.omg.dds.core.policy.History.Kind.KEEP_ALL, qos.getHistory().getKind());
        assertTrue(qos.get(Consistency.class).isAtomic());
    }

    @Test
    void consistencyAndAccelerationAreReachableByTheirClassBeforeAndAfterWithPolicy() {
        DataWriterQos qos = defaults.dataWriterQos();
        assertEquals(ConsistencyKind.EVENTUAL, qos.get(Consistency.class).getKind());
        DataWriterQos atomic = qos.withPolicy(Consistency.atomic(env));
        assertEquals(ConsistencyKind.ATOMIC, atomic.get(Consistency.class).getKind());
        assertEquals(ConsistencyKind.ATOMIC, ((Consistency) atomic.get((Object) Consistency.class)).getKind());
        TopicQos accelerated = defaults.topicQos().withPolicy(Acceleration.of(env, AccelerationKind.REQUIRED));
        assertEquals(AccelerationKind.REQUIRED, accelerated.get(Acceleration.class).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, qos.get(Consistency.class).getKind());
    }

    @Test
    void standardPoliciesAreKeyedByTheirOmgInterface() {
        DataWriterQos qos = defaults.dataWriterQos();
        assertTrue(qos.containsKey(Durability.class));
        assertTrue(qos.containsKey(Consistency.class));
        assertTrue(qos.keySet().stream().noneMatch(k -> k == DurabilityPolicy.class));
        assertSame(qos.getDurability(), qos.get(Durability.class));
        assertSame(qos.getDurability(), qos.get(DurabilityPolicy.class));
        assertNull(qos.get((Object) org.omg.dds.core.policy.TimeBasedFilter.class));
        assertEquals(19, qos.size());
        assertEquals(17, defaults.topicQos().size());
        assertEquals(16, defaults.dataReaderQos().size());
    }

    @Test
    void futureExtensionPoliciesAreKeyedByTheirOwnClass() {
        TopicQos qos = defaults.topicQos().withPolicy(new TestOnlyPolicy(7));
        assertEquals(new TestOnlyPolicy(7), qos.get(TestOnlyPolicy.class));
        assertEquals(18, qos.size());
        assertEquals(new TestOnlyPolicy(8), qos.withPolicy(new TestOnlyPolicy(8)).get(TestOnlyPolicy.class));
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aPolicyOfTheWrongKindIsRejected() {
        TopicQos topic = defaults.topicQos();
        // Through raw types, as a generic caller or a QoS XML loader might.
        org.omg.dds.core.EntityQos rawTopic = topic;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rawTopic.withPolicy(factory.Partition()));
        assertTrue(e.getMessage().contains("Partition") && e.getMessage().contains("TopicQos"), e.getMessage());
        assertTrue(e.getMessage().startsWith("policy"), e.getMessage());

        org.omg.dds.core.EntityQos rawReader = defaults.dataReaderQos();
        IllegalArgumentException e2 = assertThrows(IllegalArgumentException.class,
                () -> rawReader.withPolicies(factory.Durability(), factory.OwnershipStrength()));
        assertTrue(e2.getMessage().startsWith("policies[1]"), e2.getMessage());
        assertTrue(e2.getMessage().contains("OwnershipStrength"), e2.getMessage());

        org.omg.dds.core.EntityQos rawPublisher = defaults.publisherQos();
        assertThrows(IllegalArgumentException.class, () -> rawPublisher.withPolicy(Consistency.atomic(env)));
    }

    @Test
    void nullPoliciesAreRejectedNamingTheArgument() {
        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> defaults.topicQos().withPolicy(null));
        assertTrue(one.getMessage().startsWith("policy must not be null"), one.getMessage());
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
                () -> defaults.topicQos().withPolicies(factory.Durability(), null));
        assertTrue(many.getMessage().startsWith("policies[1]"), many.getMessage());
        IllegalArgumentException array = assertThrows(IllegalArgumentException.class,
                () -> defaults.topicQos().withPolicies((QosPolicy.ForTopic[]) null));
        assertTrue(array.getMessage().startsWith("policies"), array.getMessage());
    }

    @Test
    void participantFactoryQosTakesWriterPoliciesOnlyIfTheyAlsoApplyToTheFactory() {
        DomainParticipantFactoryQos qos = defaults.participantFactoryQos();
        QosPolicy.ForDataWriter writerOnly = factory.OwnershipStrength();
        assertThrows(IllegalArgumentException.class, () -> qos.withPolicy(writerOnly));
        assertThrows(IllegalArgumentException.class, () -> qos.withPolicies(writerOnly));
        QosPolicy.ForDataWriter both = new TestOnlyPolicy(3);
        assertEquals(new TestOnlyPolicy(3), qos.withPolicy(both).get(TestOnlyPolicy.class));
        EntityFactory manual = factory.EntityFactory().withAutoEnableCreatedEntities(false);
        assertEquals(manual, qos.withPolicy(manual).getEntityFactory());
        assertEquals(manual, qos.withPolicies(manual).getEntityFactory());
    }

    @Test
    void qosTextNamesTheKindAndItsPolicies() {
        String text = defaults.publisherQos().toString();
        assertTrue(text.startsWith("PublisherQos["), text);
        assertTrue(text.contains("Presentation[INSTANCE"), text);
        assertTrue(defaults.dataWriterQos().toString().contains("Consistency[kind=EVENTUAL]"));
    }

    @Test
    void qosEqualityIsMapEquality() {
        assertEquals(SiroccoDataReaderQos.defaults(env), defaults.dataReaderQos());
        assertEquals(SiroccoDataReaderQos.defaults(env).hashCode(), defaults.dataReaderQos().hashCode());
        assertEquals(Map.copyOf(defaults.subscriberQos()), defaults.subscriberQos());
        assertNotEquals(defaults.publisherQos().withPolicy(factory.Partition().withName("x")), defaults.publisherQos());
    }
}
