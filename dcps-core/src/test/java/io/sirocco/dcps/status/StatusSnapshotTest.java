package io.sirocco.dcps.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dds.qos.Consistency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.QosPolicyCount;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.SampleRejectedStatus;

class StatusSnapshotTest {
    private final TestEnvironment env = new TestEnvironment();
    private final InstanceHandle h7 = new LongInstanceHandle(env, 7);
    private final InstanceHandle h9 = new LongInstanceHandle(env, 9);

    private static void assertRejects(String argument, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(argument),
                () -> "message should name " + argument + ": " + e.getMessage());
    }

    @Test
    void initialSnapshotsAreZeroWithNilHandles() {
        assertEquals(0, InconsistentTopicSnapshot.initial(env).getTotalCount());
        assertEquals(0, SampleLostSnapshot.initial(env).getTotalCountChange());
        assertEquals(0, LivelinessLostSnapshot.initial(env).getTotalCount());
        SampleRejectedSnapshot rejected = SampleRejectedSnapshot.initial(env);
        assertEquals(SampleRejectedStatus.Kind.NOT_REJECTED, rejected.getLastReason());
        assertTrue(rejected.getLastInstanceHandle().isNil());
        assertTrue(OfferedDeadlineMissedSnapshot.initial(env).getLastInstanceHandle().isNil());
        assertTrue(RequestedDeadlineMissedSnapshot.initial(env).getLastInstanceHandle().isNil());
        assertTrue(LivelinessChangedSnapshot.initial(env).getLastPublicationHandle().isNil());
        assertTrue(PublicationMatchedSnapshot.initial(env).getLastSubscriptionHandle().isNil());
        assertTrue(SubscriptionMatchedSnapshot.initial(env).getLastPublicationHandle().isNil());
        OfferedIncompatibleQosSnapshot offered = OfferedIncompatibleQosSnapshot.initial(env);
        assertNull(offered.getLastPolicyClass());
        assertTrue(offered.getPolicies().isEmpty());
        assertTrue(RequestedIncompatibleQosSnapshot.initial(env).getPolicies().isEmpty());
        assertEquals(DataAvailableSnapshot.initial(env), new DataAvailableSnapshot(env));
        assertEquals(DataOnReadersSnapshot.initial(env), new DataOnReadersSnapshot(env));
        assertSame(env, SampleLostSnapshot.initial(env).getEnvironment());
    }

    @Test
    void matchedStatusesCountMatchesAndUnmatchesAndResetChangesOnRead() {
        PublicationMatchedSnapshot status = PublicationMatchedSnapshot.initial(env)
                .matched(h7).matched(h9).unmatched(h7);
        assertEquals(2, status.getTotalCount());
        assertEquals(2, status.getTotalCountChange());
        assertEquals(1, status.getCurrentCount());
        assertEquals(1, status.getCurrentCountChange());
        assertEquals(h7, status.getLastSubscriptionHandle());
        PublicationMatchedSnapshot read = status.resetChanges().unmatched(h9);
        assertEquals(0, read.getCurrentCount());
        assertEquals(-1, read.getCurrentCountChange(), "the current change may be negative");
        assertEquals(0, read.getTotalCountChange());
        assertRejects("currentCount", () -> SubscriptionMatchedSnapshot.initial(env).unmatched(h7));
        assertEquals(1, SubscriptionMatchedSnapshot.initial(env).matched(h9).getCurrentCount());
    }

    @Test
    void countingStatusesAddUpAndResetTheirChange() {
        SampleLostSnapshot lost = SampleLostSnapshot.initial(env).plus(3).plus(2);
        assertEquals(new SampleLostSnapshot(env, 5, 5), lost);
        assertEquals(new SampleLostSnapshot(env, 5, 0), lost.resetChanges());
        assertEquals(Integer.MAX_VALUE, new SampleLostSnapshot(env, Integer.MAX_VALUE, 0).plus(1).getTotalCount(),
                "counts saturate rather than wrap");
        assertEquals(1, InconsistentTopicSnapshot.initial(env).plus(1).getTotalCount());
        assertEquals(h9, OfferedDeadlineMissedSnapshot.initial(env).missed(h7).missed(h9).getLastInstanceHandle());
        assertEquals(2, RequestedDeadlineMissedSnapshot.initial(env).missed(h7).missed(h9).getTotalCount());
        SampleRejectedSnapshot rejected = SampleRejectedSnapshot.initial(env)
                .rejected(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_LIMIT, h7);
        assertEquals(SampleRejectedStatus.Kind.REJECTED_BY_SAMPLES_LIMIT, rejected.getLastReason());
        assertEquals(1, rejected.getTotalCountChange());
        LivelinessChangedSnapshot liveliness = LivelinessChangedSnapshot.initial(env).changed(2, 0,
                h7).changed(-1, 1, h9);
        assertEquals(1, liveliness.getAliveCount());
        assertEquals(1, liveliness.getNotAliveCount());
        assertEquals(1, liveliness.getAliveCountChange());
        assertEquals(h9, liveliness.getLastPublicationHandle());
        assertEquals(0, liveliness.resetChanges().getNotAliveCountChange());
    }

    @Test
    void incompatibleQosStatusesCountEachPolicy() {
        RequestedIncompatibleQosSnapshot status = RequestedIncompatibleQosSnapshot.initial(env)
                .incompatible(List.of(Reliability.class, Durability.class))
                .incompatible(Set.of(Consistency.class))
                .incompatible(List.of(Reliability.class));
        assertEquals(3, status.getTotalCount());
        assertEquals(Reliability.class, status.getLastPolicyClass());
        assertEquals(Set.of(new QosPolicyCountSnapshot(env, Reliability.class, 2),
                new QosPolicyCountSnapshot(env, Durability.class, 1),
                new QosPolicyCountSnapshot(env, Consistency.class, 1)), status.getPolicies());
        assertThrows(UnsupportedOperationException.class, () -> status.getPolicies().clear());
        assertEquals(0, status.resetChanges().getTotalCountChange());
        assertRejects("incompatible", () -> OfferedIncompatibleQosSnapshot.initial(env).incompatible(List.of()));
    }

    @Test
    void policyCountSetsAreCopiedUnmodifiableAndHoldOneEntryPerPolicy() {
        Set<QosPolicyCount> counts = new LinkedHashSet<>(List.of(new QosPolicyCountSnapshot(env,
                Reliability.class, 1)));
        OfferedIncompatibleQosSnapshot status = new OfferedIncompatibleQosSnapshot(env, 1, 1, Reliability.class,
                counts);
        counts.add(new QosPolicyCountSnapshot(env, Durability.class, 1));
        assertEquals(1, status.getPolicies().size());
        assertThrows(UnsupportedOperationException.class,
                () -> status.getPolicies().add(new QosPolicyCountSnapshot(env, Durability.class, 1)));
        assertRejects("policies", () -> new OfferedIncompatibleQosSnapshot(env, 2, 0, Reliability.class,
                Set.of(new QosPolicyCountSnapshot(env, Reliability.class, 1),
                        new QosPolicyCountSnapshot(env, Reliability.class, 2))));
        assertRejects("policies", () -> new OfferedIncompatibleQosSnapshot(env, 0, 0, null, null));
        assertEquals(2, new QosPolicyCountSnapshot(env, Reliability.class, 1).incremented().getCount());
    }

    @Test
    void constructorsRejectBadArgumentsNamingThem() {
        assertRejects("environment", () -> SampleLostSnapshot.initial(null));
        assertRejects("totalCount", () -> new SampleLostSnapshot(env, -1, 0));
        assertRejects("totalCountChange", () -> new InconsistentTopicSnapshot(env, 0, -1));
        assertRejects("lastInstanceHandle", () -> new OfferedDeadlineMissedSnapshot(env, 0, 0, null));
        assertRejects("lastReason", () -> new SampleRejectedSnapshot(env, 0, 0, null, h7));
        assertRejects("aliveCount", () -> new LivelinessChangedSnapshot(env, -1, 0, 0, 0, h7));
        assertRejects("lastSubscriptionHandle", () -> new PublicationMatchedSnapshot(env, 0, 0, 0, 0, null));
        assertRejects("policyClass", () -> new QosPolicyCountSnapshot(env, null, 0));
        assertRejects("count", () -> new QosPolicyCountSnapshot(env, Reliability.class, -1));
        assertRejects("count", () -> SampleLostSnapshot.initial(env).plus(-1));
    }

    @Test
    void snapshotsAreValuesWithReadableText() {
        assertEquals(new PublicationMatchedSnapshot(env, 1, 1, 1, 1, h7),
                PublicationMatchedSnapshot.initial(env).matched(h7));
        assertEquals(new PublicationMatchedSnapshot(env, 1, 1, 1, 1, h7).hashCode(),
                PublicationMatchedSnapshot.initial(env).matched(h7).hashCode());
        assertNotEquals(PublicationMatchedSnapshot.initial(env), PublicationMatchedSnapshot.initial(env).matched(h7));
        assertEquals("SampleLost[totalCount=2, totalCountChange=1]", new SampleLostSnapshot(env, 2, 1).toString());
        assertTrue(RequestedIncompatibleQosSnapshot.initial(env).incompatible(List.of(Reliability.class)).toString()
                .contains("lastPolicyClass=Reliability"));
    }
}
