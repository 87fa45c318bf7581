package io.sirocco.stores.group;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.group.Nodes.Node;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Joins and graceful leaves on the local fabric, while members stream ordered messages. Waits are
 * generous and no assertion depends on timing.
 */
class MembershipChangeTest {

    private static final int N = 3_000;
    private static final int MORE = 100;

    private static GroupConfig config() {
        return GroupConfig.of(DeliveryMode.ORDERED).withWindow(32).withMaxPayload(16)
                .withSuspectAfter(Duration.ofSeconds(2));
    }

    private static void awaitDelivered(Node node, int count) throws InterruptedException {
        Cluster.await("origin " + node.origin + " delivers " + count, () -> node.recorder.count() >= count);
    }

    /** Each origin's counters appear 0, 1, 2, ... once each from {@code first[origin]} on. */
    private static int[] assertFifo(long[] delivered, int[] first, String who) {
        int[] next = first.clone();
        for (long d : delivered) {
            int origin = (int) (d >>> 32);
            assertEquals(next[origin], (int) d, who + ": message of " + origin + " out of order, lost or repeated");
            next[origin]++;
        }
        return next;
    }

    /**
     * Every member of {@code members} installed the same final view; the old ones ({@code old}) have
     * identical sequences holding every committed message of {@code complete}; every joiner's sequence
     * is the old ones' from the view it joined on.
     */
    private static void assertConverged(List<Node> old, List<Node> joiners, List<Node> complete) throws Exception {
        Node ref = old.get(0);
        for (Node o : old) {
            for (Node c : complete) {
                Nodes.awaitFrom(o, c.origin, c.sent);
            }
        }
        long[] seq = ref.recorder.delivered();
        for (Node o : old) {
            assertArrayEquals(seq, o.recorder.delivered(), "origin " + o.origin + " delivered another sequence");
        }
        int[] counts = assertFifo(seq, new int[Nodes.MAX_ORIGINS], "origin " + ref.origin);
        for (Node c : complete) {
            assertEquals(c.sent, counts[c.origin], "every committed message of origin " + c.origin);
        }
        GroupView last = ref.group.view();
        for (Node j : joiners) {
            long from = j.views.get(0).viewId();
            int boundary = ref.deliveredBefore(from);
            awaitDelivered(j, seq.length - boundary);
            long[] suffix = Arrays.copyOfRange(seq, boundary, seq.length);
            assertArrayEquals(suffix, j.recorder.delivered(), "joiner " + j.origin + " delivers exactly view " + from
                    + " onwards");
        }
        for (Node m : concat(old, joiners)) {
            assertEquals(last.memberLocators(), m.group.view().memberLocators(), "origin " + m.origin + "'s view");
            assertTrue(m.group.isRunning());
        }
    }

    private static List<Node> concat(List<Node> a, List<Node> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Everyone sends MORE messages in the final view; all deliver them, in the same order. */
    private static void assertEveryoneGoesOn(Nodes c, List<Node> old, List<Node> joiners) throws Exception {
        List<Node> members = concat(old, joiners);
        for (Node m : members) {
            c.startSending(m, MORE, false);
        }
        c.joinSenders();
        assertConverged(old, joiners, members);
    }

    @Test
    void aThirdMemberJoinsMidStreamAndDeliversExactlyTheNewViewOnwards() throws Exception {
        try (Nodes c = new Nodes(2, config())) {
            Node a = c.node(0);
            Node b = c.node(1);
            c.startSending(a, N, false);
            c.startSending(b, N, false);
            awaitDelivered(a, N / 2);
            Node j = c.newcomer();
            c.announce(j);
            GroupView v = c.join(a, j);
            assertEquals(2, v.viewId());
            assertEquals(List.of(a.locator, b.locator, j.locator), v.memberLocators(), "joiners take the next rank");
            c.startSending(j, N / 3, false);
            c.joinSenders();
            GroupView first = j.views.get(0);
            assertEquals(v.viewId(), first.viewId(), "the joiner's listener is told of its first view");
            assertEquals(v.memberLocators(), first.memberLocators());
            assertEquals(2, first.myRank());
            assertConverged(List.of(a, b), List.of(j), List.of(a, b, j));
            assertEveryoneGoesOn(c, List.of(a, b), List.of(j));
        }
    }

    @Test
    void twoJoinsInARowInstallOneViewEach() throws Exception {
        try (Nodes c = new Nodes(2, config())) {
            Node a = c.node(0);
            Node b = c.node(1);
            c.startSending(a, N, false);
            c.startSending(b, N, false);
            awaitDelivered(a, N / 2);
            Node j1 = c.newcomer();
            Node j2 = c.newcomer();
            c.announce(j1);
            c.announce(j2);
            GroupView v2 = c.join(a, j1);
            j1.group.requestJoin(j2.locator); // discovery tells the new member of the other newcomer too
            c.startSending(j1, N / 3, false);
            GroupView v3 = c.join(a, j2);
            assertEquals(2, v2.viewId());
            assertEquals(3, v3.viewId(), "one join per view change");
            assertEquals(List.of(a.locator, b.locator, j1.locator, j2.locator), v3.memberLocators());
            c.joinSenders();
            assertConverged(List.of(a, b), List.of(j1, j2), List.of(a, b, j1));
            assertEveryoneGoesOn(c, List.of(a, b), List.of(j1, j2));
        }
    }

    @Test
    void theLeaderLeavesGracefullyMidStreamAndNoneOfItsMessagesIsLost() throws Exception {
        try (Nodes c = new Nodes(3, config())) {
            Node leaver = c.node(0);
            Node b = c.node(1);
            Node d = c.node(2);
            c.startSending(b, N, false);
            c.startSending(d, N, false);
            c.startSending(leaver, N / 2, true);
            c.joinSenders();
            assertEquals(Boolean.TRUE, leaver.leftGracefully, "the leave is agreed");
            assertFalse(leaver.group.isRunning());
            assertNull(leaver.group.failure(), "a graceful leave is no failure");
            for (Node s : List.of(b, d)) {
                Cluster.await("origin " + s.origin + " installs view 2", () -> s.group.view().viewId() == 2);
                assertEquals(List.of(b.locator, d.locator), s.group.view().memberLocators());
            }
            assertConverged(List.of(b, d), List.of(), List.of(leaver, b, d));
            long[] survivors = b.recorder.delivered();
            long[] left = leaver.recorder.delivered();
            assertArrayEquals(Arrays.copyOf(survivors, left.length), left, "the leaver's sequence is a prefix");
            assertEveryoneGoesOn(c, List.of(b, d), List.of());
        }
    }

    @Test
    void oneOfTwoMembersLeavesAndTheOtherGoesOnAlone() throws Exception {
        try (Nodes c = new Nodes(2, config())) {
            Node a = c.node(0);
            Node leaver = c.node(1);
            c.startSending(a, N, false);
            c.startSending(leaver, N / 2, true);
            c.joinSenders();
            assertEquals(Boolean.TRUE, leaver.leftGracefully, "a leave needs no majority");
            Cluster.await("view 2", () -> a.group.view().viewId() == 2);
            assertConverged(List.of(a), List.of(), List.of(a, leaver));
            assertEveryoneGoesOn(c, List.of(a), List.of());
        }
    }

    /** Per origin, the counters in {@code seq} in delivery order (unordered mode promises FIFO only). */
    private static List<List<Integer>> perOrigin(long[] seq) {
        List<List<Integer>> out = new java.util.ArrayList<>();
        for (int o = 0; o < Nodes.MAX_ORIGINS; o++) {
            out.add(new java.util.ArrayList<>());
        }
        for (long d : seq) {
            out.get((int) (d >>> 32)).add((int) d);
        }
        return out;
    }

    @Test
    void unorderedJoinAndLeaveTogetherKeepFifoAndLoseNothing() throws Exception {
        GroupConfig cfg = GroupConfig.of(DeliveryMode.UNORDERED).withWindow(32).withMaxPayload(16)
                .withSuspectAfter(Duration.ofSeconds(2));
        try (Nodes c = new Nodes(3, cfg)) {
            Node a = c.node(0);
            Node leaver = c.node(1);
            Node b = c.node(2);
            c.startSending(a, N, false);
            c.startSending(b, N, false);
            c.startSending(leaver, N / 2, true);
            awaitDelivered(a, N / 2);
            Node j = c.newcomer();
            c.announce(j);
            c.join(a, j);
            c.startSending(j, N / 3, false);
            c.joinSenders();
            assertEquals(Boolean.TRUE, leaver.leftGracefully);
            Cluster.await("a view of a, b and the joiner", () -> a.group.view().memberLocators()
                    .equals(List.of(a.locator, b.locator, j.locator)));
            for (Node s : List.of(a, b)) {
                for (Node o : List.of(a, leaver, b, j)) {
                    Nodes.awaitFrom(s, o.origin, o.sent);
                }
            }
            for (Node o : List.of(a, b, j)) {
                Nodes.awaitFrom(j, o.origin, (int) perOrigin(a.recorder.deliveredFrom(j.views.get(0).viewId()))
                        .get(o.origin).size());
            }
            for (Node s : List.of(a, b)) {
                assertFifo(s.recorder.delivered(), new int[Nodes.MAX_ORIGINS], "origin " + s.origin);
                List<List<Integer>> mine = perOrigin(s.recorder.delivered());
                for (Node o : List.of(a, leaver, b, j)) {
                    assertEquals(o.sent, mine.get(o.origin).size(), "origin " + s.origin + " has all of " + o.origin);
                }
            }
            long from = j.views.get(0).viewId();
            assertEquals(perOrigin(a.recorder.deliveredFrom(from)), perOrigin(j.recorder.delivered()),
                    "per sender, the joiner delivers exactly what the others delivered from view " + from + " on");
        }
    }

    @Test
    void aLoneMemberIsJoinedAndThenBothLeaveAtOnce() throws Exception {
        try (Nodes c = new Nodes(1, config())) {
            Node a = c.node(0);
            c.startSending(a, N, false);
            awaitDelivered(a, N / 2);
            Node j = c.newcomer();
            c.announce(j);
            c.join(a, j);
            c.startSending(j, N / 3, false);
            c.joinSenders();
            assertConverged(List.of(a), List.of(j), List.of(a, j));
            c.startSending(a, MORE, true);
            c.startSending(j, MORE, true);
            c.joinSenders();
            assertEquals(Boolean.TRUE, a.leftGracefully, "nobody stays: the first member goes");
            assertEquals(Boolean.TRUE, j.leftGracefully, "nobody stays: the joiner goes");
            assertNull(a.group.failure());
            assertNull(j.group.failure());
        }
    }

    @Test
    void aJoinRacingACrashEndsWithTheJoinerInAndTheCrashedMemberOut() throws Exception {
        try (Nodes c = new Nodes(3, config())) {
            Node a = c.node(0);
            Node b = c.node(1);
            Node crashed = c.node(2);
            for (Node n : List.of(a, b, crashed)) {
                c.startSending(n, N, false);
            }
            awaitDelivered(a, N);
            Node j = c.newcomer();
            c.wire(1).crash(2);
            c.announce(j);
            c.join(a, j);
            c.joinSenders();
            Cluster.await("a view of a, b and the joiner", () -> a.group.view().memberLocators()
                    .equals(List.of(a.locator, b.locator, j.locator)));
            Cluster.await("the crashed member stops", () -> !crashed.group.isRunning());
            assertInstanceOf(MembershipException.class, crashed.group.failure());
            assertConverged(List.of(a, b), List.of(j), List.of(a, b));
            long[] seq = a.recorder.delivered();
            long[] dead = crashed.recorder.delivered();
            assertArrayEquals(Arrays.copyOf(seq, dead.length), dead, "the crashed member's sequence is a prefix");
            assertEveryoneGoesOn(c, List.of(a, b), List.of(j));
        }
    }
}
