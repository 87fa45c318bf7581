package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.Condition;
import org.omg.dds.core.Duration;
import org.omg.dds.core.GuardCondition;
import org.omg.dds.core.ImmutablePolicyException;
import org.omg.dds.core.InconsistentPolicyException;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.ModifiableTime;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.Time;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.LivelinessLostStatus;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.RequestedDeadlineMissedStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.core.status.SampleLostStatus;
import org.omg.dds.core.status.SampleRejectedStatus;
import org.omg.dds.core.status.Status;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.domain.DomainParticipantQos;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicQos;
import org.omg.dds.type.TypeSupport;
import org.omg.dds.type.builtin.KeyedBytes;
import org.omg.dds.type.builtin.KeyedString;

/**
 * The contracts of the API surface itself: argument checks that name the argument, the QoS rules
 * of setQos (immutable and inconsistent policies), default QoS, copyFromTopicQos, and the value
 * types created from the service environment (durations, times, handles, conditions, built-in
 * sample types).
 */
class ApiContractsTest extends DcpsFixture {

    /** A call that must reject a null argument with an IllegalArgumentException naming {@code argument}. */
    private record NullCheck(String call, String argument, Executable run) {
    }

    private static NullCheck check(String call, String argument, Executable run) {
        return new NullCheck(call, argument, run);
    }

    private static List<String> failures(List<NullCheck> checks) {
        List<String> wrong = new ArrayList<>();
        for (NullCheck check : checks) {
            try {
                check.run().execute();
                wrong.add(check.call() + ": no exception");
            } catch (IllegalArgumentException e) {
                if (e.getMessage() == null || !e.getMessage().contains(check.argument())) {
                    wrong.add(check.call() + ": message does not name '" + check.argument() + "': " + e.getMessage());
                }
            } catch (Throwable other) {
                wrong.add(check.call() + ": threw " + other);
            }
        }
        return wrong;
    }

    @Test
    void nullArgumentsOfFactoriesAndParticipantAreRejectedByName() {
        Topic<Shape> topic = participant.createTopic("NullChecks", Shape.class);
        List<NullCheck> checks = List.of(
                check("ServiceEnvironment.createInstance", "implClassNameProperty",
                        () -> ServiceEnvironment.createInstance(null, null, null)),
                check("DomainParticipantFactory.getInstance", "env", () -> DomainParticipantFactory.getInstance(null)),
                check("PolicyFactory.getPolicyFactory", "env", () -> PolicyFactory.getPolicyFactory(null)),
                check("TypeSupport.newTypeSupport", "type", () -> TypeSupport.newTypeSupport(null, env)),
                check("WaitSet.newWaitSet", "env", () -> WaitSet.newWaitSet(null)),
                check("factory.setQos", "qos", () -> factory.setQos(null)),
                check("factory.setDefaultParticipantQos", "qos", () -> factory.setDefaultParticipantQos(null)),
                check("participant.setQos", "qos", () -> participant.setQos((DomainParticipantQos) null)),
                check("participant.setDefaultPublisherQos", "qos", () -> participant.setDefaultPublisherQos(null)),
                check("participant.setDefaultSubscriberQos", "qos", () -> participant.setDefaultSubscriberQos(null)),
                check("participant.setDefaultTopicQos", "qos", () -> participant.setDefaultTopicQos(null)),
                check("participant.createTopic(Class)", "type",
                        () -> participant.createTopic("NullType", (Class<Shape>) null)),
                check("participant.createTopic(TypeSupport)", "type",
                        () -> participant.createTopic("NullType", (TypeSupport<Shape>) null)),
                check("participant.findTopic(name)", "topicName",
                        () -> participant.findTopic(null, 1, TimeUnit.MILLISECONDS)),
                check("participant.findTopic(Duration)", "timeout",
                        () -> participant.findTopic("NullChecks", (Duration) null)),
                check("participant.findTopic(unit)", "unit", () -> participant.findTopic("NullChecks", 1, null)),
                check("participant.lookupTopicDescription", "name", () -> participant.lookupTopicDescription(null)),
                check("participant.createContentFilteredTopic(relatedTopic)", "relatedTopic",
                        () -> participant.createContentFilteredTopic("Filtered", null, "x > 1")),
                check("participant.createContentFilteredTopic(filterExpression)", "filterExpression",
                        () -> participant.createContentFilteredTopic("Filtered", topic, null)),
                check("participant.containsEntity", "handle", () -> participant.containsEntity(null)),
                check("participant.ignoreParticipant", "handle", () -> participant.ignoreParticipant(null)),
                check("participant.getDiscoveredParticipantData", "participantHandle",
                        () -> participant.getDiscoveredParticipantData(null)),
                check("participant.getDiscoveredTopicData", "topicHandle",
                        () -> participant.getDiscoveredTopicData(null)),
                check("participant.getCurrentTime", "currentTime", () -> participant.getCurrentTime(null)));
        assertEquals(List.of(), failures(checks));
    }

    @Test
    void nullArgumentsOfPublisherSubscriberWriterReaderAndSelectorAreRejectedByName() throws Exception {
        Topic<Shape> topic = participant.createTopic("NullChecks", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        Shape red = Shape.of("RED", 1);
        InstanceHandle instance = writer.registerInstance(red);
        List<NullCheck> checks = List.of(
                check("publisher.createDataWriter", "topic", () -> publisher.createDataWriter(null)),
                check("publisher.setDefaultDataWriterQos", "qos", () -> publisher.setDefaultDataWriterQos(null)),
                check("publisher.copyFromTopicQos(writerQos)", "writerQos",
                        () -> publisher.copyFromTopicQos(null, topic.getQos())),
                check("publisher.copyFromTopicQos(topicQos)", "topicQos",
                        () -> publisher.copyFromTopicQos(publisher.getDefaultDataWriterQos(), null)),
                check("publisher.waitForAcknowledgments", "timeout",
                        () -> publisher.waitForAcknowledgments(null)),
                check("subscriber.createDataReader", "topic", () -> subscriber.createDataReader(null)),
                check("subscriber.setDefaultDataReaderQos", "qos", () -> subscriber.setDefaultDataReaderQos(null)),
                check("subscriber.copyFromTopicQos(readerQos)", "readerQos",
                        () -> subscriber.copyFromTopicQos(null, topic.getQos())),
                check("subscriber.copyFromTopicQos(topicQos)", "topicQos",
                        () -> subscriber.copyFromTopicQos(subscriber.getDefaultDataReaderQos(), null)),
                check("subscriber.getDataReaders", "readers", () -> subscriber.getDataReaders(
                        (java.util.Collection<DataReader<?>>) null)),
                check("writer.write", "instanceData", () -> writer.write(null)),
                check("writer.write(timestamp)", "timestamp", () -> writer.write(red, (Time) null)),
                check("writer.write(unit)", "unit", () -> writer.write(red, 1L, null)),
                check("writer.registerInstance", "instanceData", () -> writer.registerInstance(null)),
                check("writer.dispose", "handle", () -> writer.dispose(null)),
                check("writer.unregisterInstance", "handle", () -> writer.unregisterInstance(null)),
                check("writer.lookupInstance", "keyHolder", () -> writer.lookupInstance(null)),
                check("writer.getKeyValue(handle)", "handle", () -> writer.getKeyValue((InstanceHandle) null)),
                check("writer.getKeyValue(keyHolder)", "keyHolder", () -> writer.getKeyValue(null, instance)),
                check("writer.setQos", "qos", () -> writer.setQos((DataWriterQos) null)),
                check("writer.waitForAcknowledgments", "timeout", () -> writer.waitForAcknowledgments(null)),
                check("writer.getMatchedSubscriptionData", "subscriptionHandle",
                        () -> writer.getMatchedSubscriptionData(null)),
                check("reader.read(List)", "samples", () -> reader.read((List<org.omg.dds.sub.Sample<Shape>>) null)),
                check("reader.take(Selector)", "selector",
                        () -> reader.take((DataReader.Selector<Shape>) null)),
                check("reader.createReadCondition", "dataState", () -> reader.createReadCondition(null)),
                check("reader.createQueryCondition", "queryExpression",
                        () -> reader.createQueryCondition((String) null, List.of())),
                check("reader.lookupInstance", "keyHolder", () -> reader.lookupInstance(null)),
                check("reader.getKeyValue", "handle", () -> reader.getKeyValue((InstanceHandle) null)),
                check("reader.setQos", "qos", () -> reader.setQos((DataReaderQos) null)),
                check("reader.getMatchedPublicationData", "publicationHandle",
                        () -> reader.getMatchedPublicationData(null)),
                check("reader.waitForHistoricalData", "timeout", () -> reader.waitForHistoricalData(null)),
                check("selector.dataState", "dataState", () -> reader.select().dataState(null)),
                check("topic.setQos", "qos", () -> topic.setQos((TopicQos) null)));
        assertEquals(List.of(), failures(checks));
    }

    @Test
    void nullArgumentsOfConditionsQosAndValueTypesAreRejectedByName() {
        WaitSet waitSet = WaitSet.newWaitSet(env);
        ModifiableTime time = Time.newTime(1, TimeUnit.SECONDS, env);
        Duration second = Duration.newDuration(1, TimeUnit.SECONDS, env);
        ModifiableInstanceHandle handle = InstanceHandle.newInstanceHandle(env);
        List<NullCheck> checks = List.of(
                check("waitSet.attachCondition", "condition", () -> waitSet.attachCondition(null)),
                check("waitSet.detachCondition", "condition", () -> waitSet.detachCondition(null)),
                check("waitSet.waitForConditions(Collection)", "activeConditions",
                        () -> waitSet.waitForConditions((java.util.Collection<Condition>) null)),
                check("waitSet.waitForConditions(Duration)", "timeout",
                        () -> waitSet.waitForConditions((Duration) null)),
                check("qos.withPolicy", "policy", () -> publisher.getDefaultDataWriterQos().withPolicy(null)),
                check("qos.withPolicies", "policies", () -> publisher.getDefaultDataWriterQos()
                        .withPolicies((org.omg.dds.core.policy.QosPolicy.ForDataWriter[]) null)),
                check("Duration.newDuration(unit)", "unit", () -> Duration.newDuration(1, null, env)),
                check("Duration.newDuration(env)", "env", () -> Duration.newDuration(1, TimeUnit.SECONDS, null)),
                check("duration.add", "duration", () -> second.add(null)),
                check("duration.subtract", "duration", () -> second.subtract(null)),
                check("Time.newTime(unit)", "unit", () -> Time.newTime(1, null, env)),
                check("time.setTime", "unit", () -> time.setTime(1, null)),
                check("time.add", "duration", () -> time.add(null)),
                check("time.add(unit)", "unit", () -> time.add(1, null)),
                check("time.copyFrom", "time", () -> time.copyFrom(null)),
                check("handle.copyFrom", "handle", () -> handle.copyFrom(null)),
                check("Consistency.of", "kind", () -> Consistency.of(env, (ConsistencyKind) null)));
        assertEquals(List.of(), failures(checks));
    }

    // ------------------------------------------------------------------ QoS rules

    @Test
    void changingAnImmutablePolicyOfAnEnabledEntityFailsAndKeepsTheOldQos() {
        Topic<Shape> topic = participant.createTopic("Immutable", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic,
                writerQos(policies.Reliability().withReliable(), policies.Durability().withVolatile()));
        DataReader<Shape> reader = subscriber.createDataReader(topic);

        assertThrows(ImmutablePolicyException.class,
                () -> writer.setQos(writer.getQos().withPolicy(policies.Reliability().withBestEffort())));
        assertEquals(Reliability.Kind.RELIABLE, writer.getQos().getReliability().getKind(), "unchanged");
        assertThrows(ImmutablePolicyException.class,
                () -> writer.setQos(writer.getQos().withPolicy(policies.Durability().withTransientLocal())));
        assertThrows(ImmutablePolicyException.class,
                () -> reader.setQos(reader.getQos().withPolicy(policies.History().withKeepLast(9))));
        assertThrows(ImmutablePolicyException.class,
                () -> topic.setQos(topic.getQos().withPolicy(policies.History().withKeepAll())));
        assertThrows(ImmutablePolicyException.class, () -> publisher.setQos(publisher.getQos()
                .withPolicy(policies.Presentation().withCoherentAccess(true).withTopic())));
        assertThrows(ImmutablePolicyException.class, () -> topic.setQos(topic.getQos()
                .withPolicy(Consistency.atomic(env))), "Sirocco's Consistency is fixed once enabled");

        // Changeable policies may change at any time.
        byte[] data = "u".getBytes(StandardCharsets.UTF_8);
        writer.setQos(writer.getQos().withPolicies(policies.UserData().withValue(data, 0, data.length),
                policies.Deadline().withPeriod(5, TimeUnit.SECONDS), policies.OwnershipStrength().withValue(3)));
        assertArrayEquals(data, writer.getQos().getUserData().getValue());
        assertEquals(3, writer.getQos().getOwnershipStrength().getValue());
        publisher.setQos(publisher.getQos().withPolicy(policies.Partition().withName("p")));
        assertEquals(Set.of("p"), Set.copyOf(publisher.getQos().getPartition().getName()));
    }

    @Test
    void inconsistentQosIsRejectedWhereverItIsGiven() {
        Topic<Shape> topic = participant.createTopic("Inconsistent", Shape.class);
        DataWriterQos tooDeep = writerQos(policies.History().withKeepLast(10),
                policies.ResourceLimits().withMaxSamplesPerInstance(5));
        assertThrows(InconsistentPolicyException.class, () -> publisher.createDataWriter(topic, tooDeep));
        assertThrows(InconsistentPolicyException.class, () -> publisher.setDefaultDataWriterQos(tooDeep));
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        assertThrows(InconsistentPolicyException.class, () -> writer.setQos(tooDeep));

        DataReaderQos filterSlowerThanDeadline = readerQos(policies.Deadline().withPeriod(1, TimeUnit.SECONDS),
                policies.TimeBasedFilter().withMinimumSeparation(2, TimeUnit.SECONDS));
        assertThrows(InconsistentPolicyException.class,
                () -> subscriber.createDataReader(topic, filterSlowerThanDeadline));
        assertThrows(InconsistentPolicyException.class,
                () -> subscriber.setDefaultDataReaderQos(filterSlowerThanDeadline));

        TopicQos fewerSamplesThanPerInstance = participant.getDefaultTopicQos().withPolicy(
                policies.ResourceLimits().withMaxSamples(2).withMaxSamplesPerInstance(4));
        assertThrows(InconsistentPolicyException.class,
                () -> participant.createTopic("Inconsistent2", Shape.class, fewerSamplesThanPerInstance, null,
                        List.of()));
        assertThrows(InconsistentPolicyException.class,
                () -> participant.setDefaultTopicQos(fewerSamplesThanPerInstance));
        assertThrows(InconsistentPolicyException.class,
                () -> topic.setQos(fewerSamplesThanPerInstance));
        assertEquals(History.Kind.KEEP_LAST, publisher.getDefaultDataWriterQos().getHistory().getKind());
        assertEquals(1, publisher.getDefaultDataWriterQos().getHistory().getDepth(), "defaults unchanged");
    }

    @Test
    void defaultQosOfFactoryParticipantPublisherAndSubscriberApplyToLaterEntitiesOnly() {
        byte[] data = "default".getBytes(StandardCharsets.UTF_8);
        DomainParticipantQos originalParticipantQos = factory.getDefaultParticipantQos();
        factory.setDefaultParticipantQos(originalParticipantQos.withPolicy(
                policies.UserData().withValue(data, 0, data.length)));
        DomainParticipant withDefault;
        try {
            assertArrayEquals(data, factory.getDefaultParticipantQos().getUserData().getValue());
            withDefault = newParticipant();
        } finally {
            factory.setDefaultParticipantQos(originalParticipantQos);
        }
        assertArrayEquals(data, withDefault.getQos().getUserData().getValue());
        assertEquals(0, participant.getQos().getUserData().getValue().length, "existing participants unaffected");

        Publisher before = participant.createPublisher();
        participant.setDefaultPublisherQos(participant.getDefaultPublisherQos()
                .withPolicy(policies.Partition().withName("pubs")));
        participant.setDefaultSubscriberQos(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName("subs")));
        participant.setDefaultTopicQos(participant.getDefaultTopicQos()
                .withPolicy(policies.Durability().withTransientLocal()));
        assertEquals(Set.of("pubs"), Set.copyOf(participant.createPublisher().getQos().getPartition().getName()));
        assertEquals(Set.of("subs"), Set.copyOf(participant.createSubscriber().getQos().getPartition().getName()));
        Topic<Shape> topic = participant.createTopic("Defaults", Shape.class);
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, topic.getQos().getDurability().getKind());
        assertTrue(before.getQos().getPartition().getName().isEmpty(), "existing publishers unaffected");

        publisher.setDefaultDataWriterQos(publisher.getDefaultDataWriterQos()
                .withPolicy(policies.History().withKeepLast(4)));
        subscriber.setDefaultDataReaderQos(subscriber.getDefaultDataReaderQos()
                .withPolicy(policies.Reliability().withReliable()));
        assertEquals(4, publisher.getDefaultDataWriterQos().getHistory().getDepth());
        assertEquals(4, publisher.createDataWriter(topic).getQos().getHistory().getDepth());
        assertEquals(Reliability.Kind.RELIABLE, subscriber.createDataReader(topic).getQos().getReliability().getKind());
        assertEquals(1, participant.createPublisher().getDefaultDataWriterQos().getHistory().getDepth(),
                "another publisher keeps its own default");
    }

    @Test
    void copyFromTopicQosTakesTheTopicPoliciesAndKeepsTheRest() {
        Topic<Shape> topic = participant.createTopic("CopyFrom", Shape.class, participant.getDefaultTopicQos()
                .withPolicies(policies.Reliability().withReliable(), policies.Durability().withTransientLocal(),
                        policies.History().withKeepLast(7), policies.Deadline().withPeriod(3, TimeUnit.SECONDS)),
                null, List.of());
        byte[] data = "mine".getBytes(StandardCharsets.UTF_8);

        DataWriterQos writerQos = publisher.copyFromTopicQos(publisher.getDefaultDataWriterQos().withPolicies(
                policies.UserData().withValue(data, 0, data.length), policies.OwnershipStrength().withValue(9)),
                topic.getQos());
        assertEquals(Reliability.Kind.RELIABLE, writerQos.getReliability().getKind());
        assertEquals(Durability.Kind.TRANSIENT_LOCAL, writerQos.getDurability().getKind());
        assertEquals(7, writerQos.getHistory().getDepth());
        assertEquals(3, writerQos.getDeadline().getPeriod().getDuration(TimeUnit.SECONDS));
        assertArrayEquals(data, writerQos.getUserData().getValue(), "writer-only policies are kept");
        assertEquals(9, writerQos.getOwnershipStrength().getValue());

        DataReaderQos readerQos = subscriber.copyFromTopicQos(subscriber.getDefaultDataReaderQos()
                .withPolicy(policies.TimeBasedFilter().withMinimumSeparation(1, TimeUnit.SECONDS)), topic.getQos());
        assertEquals(Reliability.Kind.RELIABLE, readerQos.getReliability().getKind());
        assertEquals(7, readerQos.getHistory().getDepth());
        assertEquals(1, readerQos.getTimeBasedFilter().getMinimumSeparation().getDuration(TimeUnit.SECONDS));
        assertDoesNotThrow(() -> subscriber.createDataReader(topic, readerQos));
        assertEquals(Reliability.Kind.BEST_EFFORT,
                subscriber.getDefaultDataReaderQos().getReliability().getKind(), "the argument is not modified");
    }

    // ------------------------------------------------------------------ value types

    @Test
    void durationsConvertSplitCompareAndSaturateAtInfinity() {
        Duration d = Duration.newDuration(2750, TimeUnit.MILLISECONDS, env);
        assertEquals(2, d.getDuration(TimeUnit.SECONDS));
        assertEquals(750, d.getRemainder(TimeUnit.SECONDS, TimeUnit.MILLISECONDS));
        assertEquals(2_750_000, d.getDuration(TimeUnit.MICROSECONDS));
        assertEquals(Duration.newDuration(2, TimeUnit.SECONDS, env), Duration.newDuration(2000, TimeUnit.MILLISECONDS,
                env), "equal lengths in different units are equal");
        assertTrue(d.compareTo(Duration.newDuration(3, TimeUnit.SECONDS, env)) < 0);
        assertEquals(Duration.newDuration(3750, TimeUnit.MILLISECONDS, env), d.add(1, TimeUnit.SECONDS));
        assertEquals(Duration.newDuration(750, TimeUnit.MILLISECONDS, env), d.subtract(2, TimeUnit.SECONDS));
        assertEquals(2750, d.getDuration(TimeUnit.MILLISECONDS), "durations are immutable");
        assertThrows(IllegalArgumentException.class, () -> Duration.newDuration(-1, TimeUnit.SECONDS, env));

        Duration zero = Duration.zeroDuration(env);
        assertTrue(zero.isZero());
        assertFalse(zero.isInfinite());
        Duration infinite = Duration.infiniteDuration(env);
        assertTrue(infinite.isInfinite());
        assertFalse(infinite.isZero());
        assertEquals(Long.MAX_VALUE, infinite.getDuration(TimeUnit.SECONDS));
        assertTrue(infinite.add(1, TimeUnit.SECONDS).isInfinite());
        assertTrue(d.add(infinite).isInfinite());
        assertTrue(infinite.subtract(1, TimeUnit.DAYS).isInfinite());
        assertTrue(infinite.compareTo(Duration.newDuration(10_000, TimeUnit.DAYS, env)) > 0);
        Duration huge = Duration.newDuration(Long.MAX_VALUE / 2, TimeUnit.NANOSECONDS, env);
        assertTrue(huge.add(huge).add(huge).isInfinite(), "sums beyond the range become infinite");
        assertTrue(Duration.newDuration(Long.MAX_VALUE, TimeUnit.DAYS, env).isInfinite());
        assertSame(env, d.getEnvironment());
    }

    @Test
    void timesConvertSplitAndModifiableTimesChangeOnlyThemselves() {
        ModifiableTime t = Time.newTime(10_250, TimeUnit.MILLISECONDS, env);
        assertTrue(t.isValid());
        assertEquals(10, t.getTime(TimeUnit.SECONDS));
        assertEquals(250, t.getRemainder(TimeUnit.SECONDS, TimeUnit.MILLISECONDS));
        Time frozen = t.immutableCopy();
        ModifiableTime copy = t.modifiableCopy();

        t.add(Duration.newDuration(750, TimeUnit.MILLISECONDS, env));
        assertEquals(11, t.getTime(TimeUnit.SECONDS));
        assertEquals(0, t.getRemainder(TimeUnit.SECONDS, TimeUnit.MILLISECONDS));
        t.subtract(1, TimeUnit.SECONDS);
        assertEquals(10_000, t.getTime(TimeUnit.MILLISECONDS));
        assertEquals(10_250, frozen.getTime(TimeUnit.MILLISECONDS), "the immutable copy did not move");
        assertEquals(10_250, copy.getTime(TimeUnit.MILLISECONDS), "the modifiable copy did not move");
        assertTrue(t.compareTo(frozen) < 0);
        copy.copyFrom(t);
        assertEquals(t, copy);
        t.setTime(5, TimeUnit.SECONDS);
        assertEquals(5000, t.getTime(TimeUnit.MILLISECONDS));

        assertFalse(Time.invalidTime(env).isValid());
        ModifiableTime late = Time.newTime(1, TimeUnit.DAYS, env);
        Time before = late.immutableCopy();
        late.add(Duration.infiniteDuration(env));
        assertTrue(late.compareTo(before) >= 0, "adding the infinite duration never moves a time back: " + late);
        assertTrue(late.isValid());
    }

    @Test
    void instanceHandlesAreNilOrCopiesOfEntityHandles() {
        InstanceHandle nil = InstanceHandle.nilHandle(env);
        assertTrue(nil.isNil());
        ModifiableInstanceHandle handle = InstanceHandle.newInstanceHandle(env);
        assertTrue(handle.isNil(), "a new handle is nil");
        assertEquals(nil, handle);

        InstanceHandle writerHandle = participant.getInstanceHandle();
        handle.copyFrom(writerHandle);
        assertFalse(handle.isNil());
        assertEquals(writerHandle, handle);
        assertEquals(writerHandle.hashCode(), handle.hashCode());
        InstanceHandle frozen = handle.immutableCopy();
        handle.copyFrom(nil);
        assertTrue(handle.isNil());
        assertEquals(writerHandle, frozen, "the immutable copy keeps its value");
        ModifiableInstanceHandle copy = frozen.modifiableCopy();
        assertNotSame(frozen, copy);
        assertEquals(frozen, copy);
        assertNotEquals(0, frozen.compareTo(nil));
        assertEquals(0, frozen.compareTo(copy));
    }

    @Test
    void allStatusesListsEveryCommunicationStatus() {
        Set<Class<? extends Status>> all = Status.allStatuses(env);
        assertEquals(Set.of(DataAvailableStatus.class, DataOnReadersStatus.class, InconsistentTopicStatus.class,
                LivelinessChangedStatus.class, LivelinessLostStatus.class, OfferedDeadlineMissedStatus.class,
                OfferedIncompatibleQosStatus.class, PublicationMatchedStatus.class,
                RequestedDeadlineMissedStatus.class, RequestedIncompatibleQosStatus.class, SampleLostStatus.class,
                SampleRejectedStatus.class, SubscriptionMatchedStatus.class), all);
        assertTrue(Status.noStatuses(env).isEmpty());
    }

    @Test
    void guardConditionWakesAWaitSetUntilItIsReset() throws Exception {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        assertFalse(guard.getTriggerValue());
        WaitSet waitSet = WaitSet.newWaitSet(env);
        waitSet.attachCondition(guard);
        assertTrue(waitSet.getConditions().contains(guard));
        assertThrows(java.util.concurrent.TimeoutException.class,
                () -> waitSet.waitForConditions(10, TimeUnit.MILLISECONDS));

        guard.setTriggerValue(true);
        List<Condition> active = new ArrayList<>();
        waitSet.waitForConditions(active, 1, TimeUnit.SECONDS);
        assertEquals(List.of(guard), active);
        assertTrue(guard.getTriggerValue(), "waiting does not reset a guard condition");

        guard.setTriggerValue(false);
        assertThrows(java.util.concurrent.TimeoutException.class,
                () -> waitSet.waitForConditions(10, TimeUnit.MILLISECONDS));
        waitSet.detachCondition(guard);
        assertTrue(waitSet.getConditions().isEmpty());
        assertSame(env, guard.getEnvironment());
    }

    @Test
    void keyedStringAndKeyedBytesAreCreatedEmptyAndCopiedDeeply() {
        KeyedString text = KeyedString.newKeyedString(env);
        assertEquals("", text.getKey());
        assertEquals("", text.getValue());
        KeyedString filled = text.setKey("k").setValue("v");
        assertSame(text, filled, "setters chain");
        KeyedString clone = text.clone();
        text.setValue("changed");
        assertEquals("v", clone.getValue());
        assertEquals("k", clone.getKey());
        KeyedString target = KeyedString.newKeyedString(env);
        target.copyFrom(text);
        assertEquals("changed", target.getValue());

        KeyedBytes bytes = KeyedBytes.newKeyedBytes(env);
        assertEquals("", bytes.getKey());
        assertEquals(0, bytes.getValue().length);
        byte[] source = {1, 2, 3, 4, 5};
        bytes.setKey("b").setValue(source, 1, 3);
        assertArrayEquals(new byte[] {2, 3, 4}, bytes.getValue());
        source[2] = 99;
        assertArrayEquals(new byte[] {2, 3, 4}, bytes.getValue(), "the value is copied in");
        KeyedBytes copy = bytes.clone();
        bytes.setValue(new byte[] {7});
        assertArrayEquals(new byte[] {2, 3, 4}, copy.getValue());
        assertEquals("b", copy.getKey());
    }

    @Test
    void currentTimeIsTheWallClock() {
        long before = System.currentTimeMillis();
        Time now = participant.getCurrentTime();
        long after = System.currentTimeMillis();
        // Bounds of correctness (same clock), not of speed.
        assertTrue(now.getTime(TimeUnit.MILLISECONDS) >= before - 1000
                && now.getTime(TimeUnit.MILLISECONDS) <= after + 1000, now + " vs " + before);
        ModifiableTime target = Time.newTime(0, TimeUnit.SECONDS, env);
        assertSame(target, participant.getCurrentTime(target));
        assertTrue(Math.abs(target.getTime(TimeUnit.MILLISECONDS) - System.currentTimeMillis()) < 60_000);
    }
}
