package io.sirocco.stores.group;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Failure detection and view change on the local fabric with crash and partition injection. Waits
 * are generous and no assertion depends on timing: a crash is reported by the fabric at once, and
 * heartbeat suspicion is set far above the scheduling noise of a loaded two-core machine.
 */
class ViewChangeTest {

    static final int N = 4_000;

    static GroupConfig config(DeliveryMode mode) {
        return GroupConfig.of(mode).withWindow(32).withMaxPayload(16).withSuspectAfter(Duration.ofSeconds(2));
    }

    /**
     * Every member in {@code all} sends N messages; once member {@code watch} has delivered a third of
     * them, {@code fault} runs. Survivors must finish sending and deliver everything of each other.
     */
    static void runThroughFault(Cluster c, int[] survivors, int watch, Runnable fault) throws Exception {
        for (int r = 0; r < c.groups.length; r++) {
            c.startSending(r, N);
        }
        Cluster.await("a third delivered", () -> c.recorders[watch].count() >= c.groups.length * N / 3);
        fault.run();
        c.joinSenders();
        for (int s : survivors) {
            for (int origin : survivors) {
                c.awaitFrom(s, origin, N);
            }
        }
        for (int s : survivors) {
            int rank = s;
            Cluster.await("member " + s + " installs view 2", () -> c.groups[rank].view().viewId() >= 2);
        }
    }

    /** Each origin's counters appear 0, 1, 2, ... once each; survivors' are complete. */
    private static void assertFifoNoDuplicates(long[] delivered, int n, int[] survivors, String who) {
        int[] next = new int[n];
        for (long d : delivered) {
            int origin = (int) (d >>> 32);
            assertEquals(next[origin], (int) d, who + ": message of " + origin + " out of order, lost or repeated");
            next[origin]++;
        }
        for (int s : survivors) {
            assertEquals(N, next[s], who + ": messages of surviving sender " + s);
        }
    }

    static void assertPrefix(long[] prefix, long[] whole, String who) {
        assertTrue(prefix.length <= whole.length, who + " delivered more than the survivors");
        assertArrayEquals(whole.length == 0 ? prefix : Arrays.copyOf(whole, prefix.length), prefix,
                who + " delivered a sequence that is not a prefix of the survivors'");
    }

    /** Survivors agree on view 2, identical sequences (ordered), then exchange more messages in it. */
    static void assertSurvivorsGoOn(Cluster c, int[] survivors, boolean ordered) throws Exception {
        assertSurvivorsGoOn(c, survivors, ordered, 2);
    }

    private static void assertSurvivorsGoOn(Cluster c, int[] survivors, boolean ordered, long vid) throws Exception {
        GroupView v0 = c.groups[survivors[0]].view();
        assertEquals(vid, v0.viewId());
        assertEquals(survivors.length, v0.members());
        for (int i = 0; i < survivors.length; i++) {
            GroupView v = c.groups[survivors[i]].view();
            assertEquals(v0.memberLocators(), v.memberLocators(), "survivors install the same view");
            assertEquals(i, v.myRank(), "survivors keep their relative order");
            assertEquals(v, c.views.get(survivors[i]).get((int) vid - 2), "the listener was told of the view");
            assertTrue(c.groups[survivors[i]].isRunning());
        }
        long[] first = c.recorders[survivors[0]].delivered();
        for (int s : survivors) {
            long[] mine = c.recorders[s].delivered();
            assertFifoNoDuplicates(mine, c.groups.length, survivors, "member " + s);
            if (ordered) {
                assertArrayEquals(first, mine, "member " + s + " delivered another sequence");
            }
        }
        for (int s : survivors) {
            for (int i = 0; i < 100; i++) {
                c.sendOne(s, N + i);
            }
        }
        for (int s : survivors) {
            for (int origin : survivors) {
                c.awaitFrom(s, origin, N + 100);
            }
            assertTrue(c.recorders[s].deliveredIn(vid) >= 100L * survivors.length, "messages flow in the new view");
        }
        if (ordered) {
            long[] again = c.recorders[survivors[0]].delivered();
            for (int s : survivors) {
                assertArrayEquals(again, c.recorders[s].delivered(), "member " + s + " in view 2");
            }
        }
    }

    static void assertStoppedAsMember(Cluster c, int r) throws Exception {
        Cluster.await("member " + r + " stops", () -> !c.groups[r].isRunning());
        assertInstanceOf(MembershipException.class, c.groups[r].failure(), "member " + r + " stops for membership");
        assertSame(c.groups[r].failure(), c.stopped[r], "the listener was told");
        assertEquals(1, c.groups[r].view().viewId(), "member " + r + " installs no view");
    }

    @Test
    void orderedCrashMidStreamSurvivorsInstallANewViewWithIdenticalDeliveries() throws Exception {
        try (Cluster c = new Cluster(3, config(DeliveryMode.ORDERED))) {
            int[] survivors = {0, 1};
            runThroughFault(c, survivors, 0, () -> c.firstView().crash(2));
            assertStoppedAsMember(c, 2);
            assertSurvivorsGoOn(c, survivors, true);
            assertPrefix(c.recorders[2].delivered(), c.recorders[0].delivered(), "crashed member 2");
        }
    }

    @Test
    void unorderedCrashMidStreamKeepsFifoWithoutDuplicates() throws Exception {
        try (Cluster c = new Cluster(3, config(DeliveryMode.UNORDERED))) {
            int[] survivors = {0, 1};
            runThroughFault(c, survivors, 0, () -> c.firstView().crash(2));
            assertStoppedAsMember(c, 2);
            assertSurvivorsGoOn(c, survivors, false);
        }
    }

    @Test
    void crashOfTheLeaderHandsTheViewChangeToTheNextRank() throws Exception {
        try (Cluster c = new Cluster(3, config(DeliveryMode.ORDERED))) {
            int[] survivors = {1, 2};
            runThroughFault(c, survivors, 1, () -> c.firstView().crash(0));
            assertStoppedAsMember(c, 0);
            assertSurvivorsGoOn(c, survivors, true);
            assertPrefix(c.recorders[0].delivered(), c.recorders[1].delivered(), "crashed leader");
        }
    }

    @Test
    void partitionOneAgainstTwoStopsTheMinorityAndTheMajorityGoesOn() throws Exception {
        try (Cluster c = new Cluster(3, config(DeliveryMode.ORDERED))) {
            int[] majority = {1, 2};
            runThroughFault(c, majority, 1, () -> c.firstView().partition(0));
            assertStoppedAsMember(c, 0);
            assertTrue(c.groups[0].failure().getMessage().contains("not a majority"), c.groups[0].failure()
                    .getMessage());
            assertThrows(IllegalStateException.class, () -> c.sendOne(0, N), "the minority accepts no message");
            assertSurvivorsGoOn(c, majority, true);
            assertPrefix(c.recorders[0].delivered(), c.recorders[1].delivered(), "minority member 0");
        }
    }

    @Test
    void fiveMembersSurviveTwoSimultaneousCrashes() throws Exception {
        try (Cluster c = new Cluster(5, config(DeliveryMode.ORDERED))) {
            int[] survivors = {0, 2, 4};
            runThroughFault(c, survivors, 0, () -> {
                c.firstView().crash(1);
                c.firstView().crash(3);
            });
            assertStoppedAsMember(c, 1);
            assertStoppedAsMember(c, 3);
            assertSurvivorsGoOn(c, survivors, true);
        }
    }

    @Test
    void aSecondCrashInTheNewViewLeadsToAThirdView() throws Exception {
        try (Cluster c = new Cluster(4, config(DeliveryMode.ORDERED))) {
            for (int r = 0; r < 4; r++) {
                c.startSending(r, N);
            }
            Cluster.await("a quarter delivered", () -> c.recorders[0].count() >= N);
            c.firstView().crash(3);
            for (int r = 0; r < 3; r++) {
                int rank = r;
                Cluster.await("member " + r + " installs view 2", () -> c.groups[rank].view().viewId() == 2);
            }
            long atView2 = c.recorders[0].count();
            Cluster.await("traffic in view 2", () -> c.recorders[0].count() >= atView2 + 500
                    || c.recorders[0].from(0) == N);
            io.sirocco.stores.fabric.local.LocalFabric.find(c.group, 2).crash(2); // old rank 2, still rank 2
            int[] survivors = {0, 1};
            c.joinSenders();
            for (int s : survivors) {
                for (int origin : survivors) {
                    c.awaitFrom(s, origin, N);
                }
                Cluster.await("member " + s + " installs view 3", () -> c.groups[s].view().viewId() == 3);
            }
            assertStoppedAsMember(c, 3);
            Cluster.await("member 2 stops", () -> !c.groups[2].isRunning());
            assertInstanceOf(MembershipException.class, c.groups[2].failure());
            assertSurvivorsGoOn(c, survivors, true, 3);
            assertPrefix(c.recorders[2].delivered(), c.recorders[0].delivered(), "member 2, crashed in view 2");
        }
    }

    @Test
    void aMemberWhoseHeartbeatStopsIsSuspectedAndRemoved() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        int[] seen = new int[1];
        DeliveryHandler hang = (rank, index, seq, row, offset, length) -> {
            if (++seen[0] == 500) {
                try {
                    release.await(); // the group thread hangs: no heartbeat, but the fabric sees no failure
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        GroupConfig cfg = config(DeliveryMode.ORDERED).withSuspectAfter(Duration.ofMillis(300));
        try (Cluster c = new Cluster(3, cfg, new DeliveryHandler[] {null, null, hang})) {
            int[] survivors = {0, 1};
            c.startSending(0, N);
            c.startSending(1, N);
            for (int s : survivors) {
                for (int origin : survivors) {
                    c.awaitFrom(s, origin, N);
                }
            }
            c.joinSenders();
            assertEquals(2, c.groups[0].view().members());
            release.countDown();
            assertStoppedAsMember(c, 2);
            assertTrue(c.groups[2].failure().getMessage().contains("no longer a member")
                    || c.groups[2].failure().getMessage().contains("not a majority"), c.groups[2].failure()
                    .getMessage());
            assertSurvivorsGoOn(c, survivors, true);
        }
    }
}
