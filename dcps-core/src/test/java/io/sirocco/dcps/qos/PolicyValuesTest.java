package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.NanoDuration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;

class PolicyValuesTest {
    private final TestEnvironment env = new TestEnvironment();
    private final SiroccoPolicyFactory factory = new SiroccoPolicyFactory(env);

    private static void assertRejects(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument),
                () -> "message should name " + argument + ": " + e.getMessage());
    }

    @Test
    void withMethodsReturnModifiedCopiesAndLeaveTheOriginalUnchanged() {
        DurabilityPolicy durability = factory.Durability();
        DurabilityPolicy persistent = durability.withPersistent();
        assertEquals(Durability.Kind.VOLATILE, durability.getKind());
        assertEquals(Durability.Kind.PERSISTENT, persistent.getKind());
        assertEquals(persistent, durability.withPersitent());

        HistoryPolicy history = factory.History();
        HistoryPolicy deep = history.withKeepLast(10);
        assertEquals(1, history.getDepth());
        assertEquals(10, deep.getDepth());
        assertEquals(History.Kind.KEEP_ALL, deep.withKeepAll().getKind());

        ReliabilityPolicy reliability = factory.Reliability();
        ReliabilityPolicy reliable = reliability.withReliable().withMaxBlockingTime(2, TimeUnit.SECONDS);
        assertEquals(Reliability.Kind.BEST_EFFORT, reliability.getKind());
        assertEquals(2_000_000_000L, reliable.getMaxBlockingTime().nanos());
        assertNotSame(reliability, reliable);
    }

    @Test
    void nullArgumentsAreRejectedNamingTheArgument() {
        assertRejects("kind", () -> factory.Durability().withKind(null));
        assertRejects("period", () -> factory.Deadline().withPeriod(null));
        assertRejects("unit", () -> factory.Deadline().withPeriod(1, null));
        assertRejects("leaseDuration", () -> factory.Liveliness().withLeaseDuration(null));
        assertRejects("maxBlockingTime", () -> factory.Reliability().withMaxBlockingTime(null));
        assertRejects("accessScope", () -> factory.Presentation().withAccessScope(null));
        assertRejects("names", () -> factory.Partition().withName((List<String>) null));
        assertRejects("names", () -> factory.Partition().withName("a", null));
        assertRejects("name", () -> factory.Partition().withName((String) null));
        assertRejects("representations", () -> factory.Representation().withValue((short[]) null));
        assertRejects("representations", () -> factory.Representation().withValue(Arrays.asList((short) 0, null)));
        assertRejects("value", () -> factory.UserData().withValue(null, 0, 0));
        assertRejects("historyKind", () -> factory.DurabilityService().withHistoryKind(null));
        assertRejects("env", () -> DurabilityPolicy.of(null, Durability.Kind.VOLATILE));
        assertRejects("env", () -> new SiroccoPolicyFactory(null));
    }

    @Test
    void negativeDurationsAreRejectedNamingTheArgument() {
        assertRejects("period", () -> factory.Deadline().withPeriod(-1, TimeUnit.SECONDS));
        assertRejects("duration", () -> factory.LatencyBudget().withDuration(-5, TimeUnit.MILLISECONDS));
        assertRejects("minimumSeparation", () -> factory.TimeBasedFilter().withMinimumSeparation(-1,
                TimeUnit.NANOSECONDS));
        assertRejects("autoPurgeDisposedSamplesDelay",
                () -> factory.ReaderDataLifecycle().withAutoPurgeDisposedSamplesDelay(-1, TimeUnit.SECONDS));
        assertRejects("serviceCleanupDelay",
                () -> factory.DurabilityService().withServiceCleanupDelay(-1, TimeUnit.SECONDS));
    }

    @Test
    void negativeDepthsAndLimitsOtherThanUnlimitedAreRejected() {
        assertRejects("depth", () -> factory.History().withDepth(-2));
        assertRejects("maxSamples", () -> factory.ResourceLimits().withMaxSamples(-5));
        assertRejects("maxInstances", () -> factory.ResourceLimits().withMaxInstances(-2));
        assertRejects("maxSamplesPerInstance", () -> factory.ResourceLimits().withMaxSamplesPerInstance(-3));
        assertRejects("historyDepth", () -> factory.DurabilityService().withHistoryDepth(-7));
        assertRejects("maxSamples", () -> factory.DurabilityService().withMaxSamples(-9));

        ResourceLimitsPolicy limits = factory.ResourceLimits().withMaxSamples(10)
                .withMaxSamples(ResourceLimits.LENGTH_UNLIMITED);
        assertEquals(ResourceLimits.LENGTH_UNLIMITED, limits.getMaxSamples());
        assertEquals(ResourceLimits.LENGTH_UNLIMITED,
                factory.DurabilityService().withMaxInstances(-1).getMaxInstances());
    }

    @Test
    void ownershipStrengthAndTransportPriorityAcceptNegativeValues() {
        assertEquals(-42, factory.OwnershipStrength().withValue(-42).getValue());
        assertEquals(-1, factory.TransportPriority().withValue(-1).getValue());
    }

    @Test
    void byteArrayPoliciesCopyOnTheWayInAndOut() {
        byte[] bytes = {1, 2, 3, 4};
        UserDataPolicy userData = factory.UserData().withValue(bytes, 1, 2);
        bytes[1] = 99;
        assertArrayEquals(new byte[] {2, 3}, userData.getValue());
        userData.getValue()[0] = 77;
        assertArrayEquals(new byte[] {2, 3}, userData.getValue());
        assertEquals(2, userData.length());

        TopicDataPolicy topicData = TopicDataPolicy.of(env, bytes);
        bytes[0] = 55;
        assertEquals(1, topicData.getValue()[0]);
        assertEquals(TopicDataPolicy.of(env, new byte[] {1, 99, 3, 4}), topicData);

        GroupDataPolicy groupData = factory.GroupData().withValue(new byte[] {9}, 0, 1);
        assertArrayEquals(new byte[] {9}, groupData.getValue());
        assertEquals(GroupDataPolicy.of(env, new byte[] {9}).hashCode(), groupData.hashCode());
    }

    @Test
    void byteRangesOutsideTheArrayAreRejectedNamingOffsetOrLength() {
        byte[] bytes = new byte[4];
        assertRejects("offset", () -> factory.UserData().withValue(bytes, -1, 1));
        assertRejects("offset", () -> factory.TopicData().withValue(bytes, 5, 0));
        assertRejects("length", () -> factory.GroupData().withValue(bytes, 2, 3));
        assertRejects("length", () -> factory.GroupData().withValue(bytes, 0, -1));
        assertEquals(0, factory.UserData().withValue(bytes, 4, 0).length());
    }

    @Test
    void partitionNamesKeepTheirOrderAndCannotBeModified() {
        PartitionPolicy partition = factory.Partition().withName("zeta", "alpha", "mid", "alpha");
        assertEquals(List.of("zeta", "alpha", "mid"), new ArrayList<>(partition.getName()));
        assertThrows(UnsupportedOperationException.class, () -> partition.getName().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> partition.getName().remove("zeta"));
        List<String> source = new ArrayList<>(List.of("a", "b"));
        PartitionPolicy fromList = factory.Partition().withName(source);
        source.add("c");
        assertEquals(2, fromList.getName().size());
        assertEquals(List.of("only"), new ArrayList<>(factory.Partition().withName("only").getName()));
        assertTrue(factory.Partition().withName().getName().isEmpty());
    }

    @Test
    void dataRepresentationListIsUnmodifiableAndKeepsItsOrder() {
        DataRepresentationPolicy representation = factory.Representation().withValue((short) 2, (short) 0);
        assertEquals(List.of((short) 2, (short) 0), representation.getValue());
        assertThrows(UnsupportedOperationException.class, () -> representation.getValue().add((short) 1));
        List<Short> source = new ArrayList<>(List.of((short) 1));
        DataRepresentationPolicy fromList = factory.Representation().withValue(source);
        source.clear();
        assertEquals(List.of((short) 1), fromList.getValue());
    }

    @Test
    void durationsOfAnyImplementationAreHeldAsNanoDurations() {
        Duration foreign = new ForeignDuration(1_500);
        DeadlinePolicy deadline = factory.Deadline().withPeriod(foreign);
        assertEquals(NanoDuration.class, deadline.getPeriod().getClass());
        assertEquals(1_500L, deadline.getPeriod().nanos());
        assertEquals(factory.Deadline().withPeriod(1_500, TimeUnit.NANOSECONDS), deadline);
        assertTrue(factory.Lifespan().withDuration(Long.MAX_VALUE, TimeUnit.DAYS).getDuration().isInfinite());
    }

    @Test
    void equalPoliciesHaveEqualHashCodesAndReadableText() {
        assertEquals(factory.Liveliness().withManualByTopic(), factory.Liveliness().withManualByTopic());
        assertEquals(factory.Liveliness().withManualByTopic().hashCode(),
                factory.Liveliness().withManualByTopic().hashCode());
        assertNotEquals(factory.Liveliness(), factory.Liveliness().withLeaseDuration(1, TimeUnit.SECONDS));
        assertEquals(factory.Partition().withName("a", "b"), factory.Partition().withName("b", "a"));
        assertEquals("Durability[TRANSIENT_LOCAL]", factory.Durability().withTransientLocal().toString());
        assertEquals("History[KEEP_LAST, depth=3]", factory.History().withDepth(3).toString());
        assertEquals("UserData[0102]", factory.UserData().withValue(new byte[] {1, 2}, 0, 2).toString());
    }

    @Test
    void policiesSerializeWithoutTheirEnvironment() throws Exception {
        List<QosPolicy> policies = List.of(factory.Durability(), factory.DurabilityService(), factory.Deadline(),
                factory.LatencyBudget(), factory.Liveliness(), factory.Reliability(), factory.DestinationOrder(),
                factory.History(), factory.ResourceLimits(), factory.UserData().withValue(new byte[] {1}, 0, 1),
                factory.TopicData(), factory.GroupData(), factory.Ownership(), factory.OwnershipStrength(),
                factory.TimeBasedFilter(), factory.ReaderDataLifecycle(), factory.WriterDataLifecycle(),
                factory.Partition().withName("p1", "p2"), factory.Presentation(), factory.EntityFactory(),
                factory.TransportPriority(), factory.Lifespan(), factory.Representation().withValue((short) 2),
                factory.TypeConsistency());
        assertEquals(24, policies.size());
        for (QosPolicy policy : policies) {
            QosPolicy copy = roundTrip(policy);
            assertEquals(policy, copy);
            assertNull(copy.getEnvironment());
        }
    }

    @Test
    void entityQosSerializesWithItsPolicies() throws Exception {
        SiroccoDataWriterQos qos = SiroccoDataWriterQos.defaults(env).withPolicy(factory.Durability().withTransient());
        assertEquals(qos, roundTrip(qos));
    }

    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T copy = (T) in.readObject();
            return copy;
        }
    }

    /** A Duration from "another vendor". */
    private static final class ForeignDuration extends Duration {
        private static final long serialVersionUID = 1L;
        private final long nanos;

        ForeignDuration(long nanos) {
            this.nanos = nanos;
        }

        @Override
        public long getDuration(TimeUnit inUnit) {
            return inUnit.convert(nanos, TimeUnit.NANOSECONDS);
        }

        @Override
        public long getRemainder(TimeUnit primaryUnit, TimeUnit remainderUnit) {
            return 0;
        }

        @Override
        public boolean isZero() {
            return nanos == 0;
        }

        @Override
        public boolean isInfinite() {
            return false;
        }

        @Override
        public Duration add(Duration duration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Duration add(long amount, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Duration subtract(Duration duration) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Duration subtract(long amount, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int compareTo(Duration o) {
            return Long.compare(nanos, o.getDuration(TimeUnit.NANOSECONDS));
        }

        @Override
        public ServiceEnvironment getEnvironment() {
            return null;
        }
    }
}
