package io.sirocco.stores.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;
import org.omg.dds.type.builtin.KeyedString;

/** Group topics inside one JVM, over the in-JVM fabric: DCPS endpoints on the group path. */
@Timeout(60)
class GroupTopicInProcessTest {
    private static ServiceEnvironment env;
    private static DomainParticipant participant;
    private static PolicyFactory policies;

    @BeforeAll
    static void start() {
        System.setProperty("sirocco.groupFabric", "local");
        System.setProperty("sirocco.groupDiscoveryDelay", "0");
        System.setProperty("sirocco.intraProcess", "true");
        env = ServiceEnvironment.createInstance(GroupTopicInProcessTest.class.getClassLoader());
        participant = DomainParticipantFactory.getInstance(env).createParticipant(7);
        policies = PolicyFactory.getPolicyFactory(env);
    }

    @AfterAll
    static void stop() {
        participant.close();
        System.clearProperty("sirocco.groupFabric");
        System.clearProperty("sirocco.groupDiscoveryDelay");
    }

    /** Takes from {@code reader} until {@code until} holds for what arrived (key + value per sample), or fails at {@code deadline}. */
    private static List<String> takeUntil(DataReader<KeyedString> reader, long deadline,
            java.util.function.Predicate<List<String>> until) throws Exception {
        List<String> got = new ArrayList<>();
        while (!until.test(got)) {
            assertTrue(System.nanoTime() < deadline, "received " + got);
            Sample.Iterator<KeyedString> it = reader.take();
            while (it.hasNext()) {
                KeyedString d = it.next().getData();
                if (d != null) {
                    got.add(d.getKey() + "=" + d.getValue());
                }
            }
            it.close();
            Thread.sleep(1);
        }
        return got;
    }

    @Test
    void atomicWriterAndReaderOfOneProcessExchangeEverySampleInOrder() throws Exception {
        Topic<KeyedString> topic = participant.createTopic("AtomicInProcess", KeyedString.class);
        Publisher pub = participant.createPublisher();
        Subscriber sub = participant.createSubscriber();
        Consistency atomic = Consistency.of(env, ConsistencyKind.ATOMIC);
        DataWriter<KeyedString> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll(), atomic));
        DataReader<KeyedString> reader = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll(), atomic));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (writer.getPublicationMatchedStatus().getCurrentCount() < 1
                || reader.getSubscriptionMatchedStatus().getCurrentCount() < 1) {
            assertTrue(System.nanoTime() < deadline, "writer and reader did not match through the group");
            Thread.sleep(10);
        }
        KeyedString s = KeyedString.newKeyedString(env);
        int n = 5000;
        for (int i = 0; i < n; i++) {
            s.setKey("k" + (i % 7));
            s.setValue(Integer.toString(i) + "x".repeat(i % 3 == 0 ? 3000 : 10)); // some samples need fragments
            writer.write(s);
        }
        List<String> got = takeUntil(reader, deadline, l -> l.size() >= n);
        for (int i = 0; i < n; i++) {
            assertEquals(i, Integer.parseInt(got.get(i).substring(got.get(i).indexOf('=') + 1).replace("x", "")),
                    "sample " + i);
        }
        writer.waitForAcknowledgments(org.omg.dds.core.Duration.newDuration(10, TimeUnit.SECONDS, env));
    }

    @Test
    void aLateTransientLocalReaderGetsTheLastSamplesOfEachInstanceFromTheStore() throws Exception {
        Topic<KeyedString> topic = participant.createTopic("DurableInProcess", KeyedString.class);
        Publisher pub = participant.createPublisher();
        Subscriber sub = participant.createSubscriber();
        io.sirocco.dds.qos.Acceleration accelerated = io.sirocco.dds.qos.Acceleration.of(env,
                io.sirocco.dds.qos.AccelerationKind.REQUIRED);
        DataWriter<KeyedString> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(3),
                policies.Durability().withTransientLocal(), accelerated));
        KeyedString s = KeyedString.newKeyedString(env);
        for (int i = 0; i < 40; i++) {
            s.setKey("k" + (i % 4));
            s.setValue(Integer.toString(i));
            writer.write(s);
        }
        writer.dispose(writer.lookupInstance(s.setKey("k0")), s);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        // the writer's history went to the group (written before or after it formed); wait for the store
        Thread.sleep(300);
        DataReader<KeyedString> late = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(3),
                policies.Durability().withTransientLocal(), accelerated));
        java.util.Map<String, List<Integer>> byKey = new java.util.TreeMap<>();
        boolean k0Disposed = false;
        while (byKey.values().stream().mapToInt(List::size).sum() < 9 || !k0Disposed) {
            assertTrue(System.nanoTime() < deadline, "late reader got " + byKey + ", k0 disposed " + k0Disposed);
            Sample.Iterator<KeyedString> it = late.take();
            while (it.hasNext()) {
                Sample<KeyedString> sample = it.next();
                KeyedString d = sample.getData();
                if (d != null) {
                    byKey.computeIfAbsent(d.getKey(), k -> new ArrayList<>()).add(Integer.parseInt(d.getValue()));
                }
                if (sample.getInstanceState() == org.omg.dds.sub.InstanceState.NOT_ALIVE_DISPOSED) {
                    k0Disposed = true; // only k0 was disposed
                }
            }
            it.close();
            Thread.sleep(5);
        }
        assertEquals(List.of(32, 36), byKey.get("k0")); // its third kept change is the dispose
        assertEquals(List.of(29, 33, 37), byKey.get("k1"));
        assertEquals(List.of(30, 34, 38), byKey.get("k2"));
        assertEquals(List.of(31, 35, 39), byKey.get("k3"));
    }

    @Test
    void contentFiltersAndWaitSetsWorkOnAGroupTopic() throws Exception {
        Topic<KeyedString> topic = participant.createTopic("FilteredInProcess", KeyedString.class);
        Publisher pub = participant.createPublisher();
        Subscriber sub = participant.createSubscriber();
        Consistency atomic = Consistency.of(env, ConsistencyKind.ATOMIC);
        org.omg.dds.topic.ContentFilteredTopic<KeyedString> even = participant.createContentFilteredTopic(
                "EvenKeys", topic, "key = 'even'", List.of());
        DataWriter<KeyedString> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll(), atomic));
        DataReader<KeyedString> reader = sub.createDataReader(even, sub.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll(), atomic));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (reader.getSubscriptionMatchedStatus().getCurrentCount() < 1) {
            assertTrue(System.nanoTime() < deadline, "the filtered reader did not match through the group");
            Thread.sleep(10);
        }
        org.omg.dds.core.WaitSet waitSet = org.omg.dds.core.WaitSet.newWaitSet(env);
        waitSet.attachCondition(reader.createReadCondition(sub.createDataState().withAnySampleState()
                .withAnyViewState().withAnyInstanceState()));
        KeyedString s = KeyedString.newKeyedString(env);
        for (int i = 0; i < 10; i++) {
            writer.write(s.setKey(i % 2 == 0 ? "even" : "odd").setValue(Integer.toString(i)));
        }
        List<String> got = new ArrayList<>();
        while (got.size() < 5) {
            waitSet.waitForConditions(org.omg.dds.core.Duration.newDuration(10, TimeUnit.SECONDS, env));
            Sample.Iterator<KeyedString> it = reader.take();
            while (it.hasNext()) {
                KeyedString d = it.next().getData();
                if (d != null) {
                    got.add(d.getKey() + d.getValue());
                }
            }
            it.close();
        }
        assertEquals(List.of("even0", "even2", "even4", "even6", "even8"), got);
    }

    @Test
    void ordinaryEndpointsOfTheProcessExchangeDataWithGroupEndpointsTheyMatch() throws Exception {
        Topic<KeyedString> topic = participant.createTopic("MixedInProcess", KeyedString.class);
        Publisher pub = participant.createPublisher();
        Subscriber sub = participant.createSubscriber();
        io.sirocco.dds.qos.Acceleration accelerated = io.sirocco.dds.qos.Acceleration.of(env,
                io.sirocco.dds.qos.AccelerationKind.REQUIRED);
        // Acceleration is no request/offer policy: a plain writer and an accelerated reader match
        DataWriter<KeyedString> plainWriter = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll()));
        DataReader<KeyedString> acceleratedReader = sub.createDataReader(topic, sub.getDefaultDataReaderQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll(), accelerated));
        // and an accelerated writer reaches a plain reader through the group
        DataWriter<KeyedString> acceleratedWriter = pub.createDataWriter(topic, pub.getDefaultDataWriterQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll(), accelerated));
        DataReader<KeyedString> plainReader = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepAll()));
        assertEquals(List.of(io.sirocco.dds.qos.CarriedBy.GROUP),
                ((io.sirocco.dds.qos.CarriedBy) acceleratedWriter).carriedBy());
        assertTrue(((io.sirocco.dds.qos.CarriedBy) plainWriter).carriedBy().contains("intra-process"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (acceleratedReader.getSubscriptionMatchedStatus().getCurrentCount() < 2
                || plainReader.getSubscriptionMatchedStatus().getCurrentCount() < 2) {
            assertTrue(System.nanoTime() < deadline, "matched: accelerated reader "
                    + acceleratedReader.getSubscriptionMatchedStatus().getCurrentCount() + ", plain reader "
                    + plainReader.getSubscriptionMatchedStatus().getCurrentCount());
            Thread.sleep(10);
        }
        KeyedString s = KeyedString.newKeyedString(env);
        plainWriter.write(s.setKey("plain").setValue("1"));
        acceleratedWriter.write(s.setKey("accelerated").setValue("2"));
        for (DataReader<KeyedString> reader : List.of(acceleratedReader, plainReader)) {
            assertEquals(java.util.Set.of("accelerated=2", "plain=1"),
                    new java.util.HashSet<>(takeUntil(reader, deadline, l -> l.size() >= 2)));
        }
    }

    @Test
    void aTopicWhoseLastEndpointsWentIsUsableAgainWithNewOnes() throws Exception {
        Topic<KeyedString> topic = participant.createTopic("ReopenedInProcess", KeyedString.class);
        Publisher pub = participant.createPublisher();
        Subscriber sub = participant.createSubscriber();
        Consistency atomic = Consistency.of(env, ConsistencyKind.ATOMIC);
        for (int round = 0; round < 3; round++) {
            DataWriter<KeyedString> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                    policies.Reliability().withReliable(), policies.History().withKeepAll(), atomic));
            DataReader<KeyedString> reader = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                    policies.Reliability().withReliable(), policies.History().withKeepAll(), atomic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (reader.getSubscriptionMatchedStatus().getCurrentCount() < 1) {
                assertTrue(System.nanoTime() < deadline, "round " + round + ": no match");
                Thread.sleep(5);
            }
            KeyedString s = KeyedString.newKeyedString(env);
            writer.write(s.setKey("k").setValue("round " + round));
            List<String> got = takeUntil(reader, deadline, l -> !l.isEmpty());
            assertEquals(List.of("k=round " + round), got);
            writer.close();
            reader.close();
        }
    }
}
