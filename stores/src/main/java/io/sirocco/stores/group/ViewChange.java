package io.sirocco.stores.group;

import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The end of a view, agreed through the SST (Derecho's view-change protocol, in this member's
 * words). It runs on the predicate thread once this member is wedged.
 *
 * <p>The leader, the lowest-ranked member neither suspected nor leaving here, proposes the changes
 * ({@code changes[]}, {@code num_changes}; encoding in {@link ChangeWord}): every suspected rank for
 * removal, every member that announced a graceful leave, and at most one pending join (so that the
 * list, at most n-1 departures plus one join, always fits the n columns; more joins take further
 * view changes). Each other member copies the leader's list and acknowledges it ({@code num_acked});
 * acknowledging means "I am wedged and agree". A member that cannot resolve a proposed join's hash
 * yet waits before acknowledging. When every survivor acknowledged exactly the leader's list, and
 * every survivor has received everything the surviving and leaving senders sent before they wedged,
 * the leader decides the ragged trim: per sender, the messages that will be delivered in this view
 * ({@code global_min[]}: a surviving or leaving sender's full count, a failed sender's count
 * received by every survivor). It publishes the trim and {@code num_committed}, then, in a later
 * push, {@code global_min_ready}. A member adopts the decision by copying it into its own row and
 * publishing its own ready flag before it delivers the trim; so a leader that takes over from a
 * failed one finds any decision already acted upon in some survivor's row and adopts it instead of
 * deciding anew. Until a decision is published, new suspicions simply extend the proposal.
 *
 * <p>Each list is pushed before the counter that announces it, so whoever sees the counter sees the
 * list (the fabric keeps per-peer push order).
 */
final class ViewChange {

    private final Sst sst;
    private final SstLayout layout;
    private final FailureDetector detector;
    private final JoinRequests joins;
    private final List<String> members;
    private final int n;
    private final int me;
    private final long vid;
    private final int[] senders;
    /** The proposed changes as {@link ChangeWord}s, in proposal order. */
    private final long[] changes;
    private int numChanges;
    private final long[] trim;
    private boolean decided;

    ViewChange(Sst sst, FailureDetector detector, JoinRequests joins, GroupView view, int[] senders) {
        this.sst = sst;
        this.layout = sst.layout();
        this.detector = detector;
        this.joins = joins;
        this.members = view.memberLocators();
        this.n = sst.members();
        this.me = sst.myRank();
        this.vid = view.viewId();
        this.senders = senders;
        changes = new long[n];
        trim = new long[senders.length];
    }

    /** One step; returns true once this view's end (changes and trim) is decided and published here. */
    boolean poll() {
        if (!decided) {
            int leader = detector.leader();
            if (leader == me) {
                lead();
            } else {
                follow(leader);
            }
        }
        return decided;
    }

    private long col(int slot) {
        return layout.viewScalar(slot);
    }

    private boolean survivor(int rank) {
        return !detector.excluded(rank);
    }

    private void lead() {
        for (int s = 0; s < n; s++) {
            if (s != me && survivor(s) && sst.read(s, col(SstLayout.GLOBAL_MIN_READY_SLOT)) != 0) {
                adopt(s); // an earlier leader decided and s acted on it: that decision stands
                return;
            }
        }
        boolean grew = false;
        for (int r = 0; r < n; r++) {
            if (r != me && detector.excluded(r) && !proposed(r)) {
                append(detector.suspected(r) ? ChangeWord.remove(r) : ChangeWord.leave(r));
                grew = true;
            }
        }
        if (!proposesJoin() && joins.pending()) {
            String joiner = joins.next(members);
            if (joiner != null) {
                append(ChangeWord.join(ChangeWord.hashOf(joiner)));
                grew = true;
            }
        }
        if (grew) {
            announce();
            return;
        }
        if (numChanges == 0) {
            return; // wedged by a peer's flag before anything is known to change: wait for it
        }
        for (int s = 0; s < n; s++) {
            if (s != me && survivor(s) && !agrees(s)) {
                return;
            }
        }
        for (int q = 0; q < senders.length; q++) {
            long t;
            if (!detector.suspected(senders[q])) {
                if (detector.leaving(senders[q])
                        && sst.read(senders[q], col(SstLayout.RIP_SLOT)) == 0) {
                    return; // known leaving from a copied list: its count is final here only with its rip
                }
                t = sst.read(senders[q], layout.numReceived(q)); // final: that sender is wedged
                for (int s = 0; s < n; s++) {
                    if (survivor(s) && sst.read(s, layout.numReceived(q)) < t) {
                        return; // survivors are still receiving what it sent before the wedge
                    }
                }
            } else {
                t = Long.MAX_VALUE;
                for (int s = 0; s < n; s++) {
                    if (survivor(s)) {
                        t = Math.min(t, sst.read(s, layout.numReceived(q)));
                    }
                }
            }
            trim[q] = t;
        }
        for (int q = 0; q < senders.length; q++) {
            sst.write(layout.globalMin(q), trim[q]);
        }
        sst.write(col(SstLayout.NUM_COMMITTED_SLOT), numChanges);
        publishReady();
    }

    private void append(long word) {
        changes[numChanges] = word;
        sst.write(layout.changes(numChanges), word);
        numChanges++;
    }

    private void follow(int leader) {
        if (sst.read(leader, col(SstLayout.GLOBAL_MIN_READY_SLOT)) != 0) {
            adopt(leader);
            return;
        }
        int proposed = (int) sst.read(leader, col(SstLayout.NUM_CHANGES_SLOT));
        if (proposed == 0 || sameList(leader, proposed) || !resolvable(leader, proposed)) {
            return;
        }
        for (int i = 0; i < proposed; i++) {
            copyChange(i, sst.read(leader, layout.changes(i)));
        }
        numChanges = proposed;
        announce();
    }

    /** Whether every join in {@code rank}'s first {@code count} changes names a requester known here. */
    private boolean resolvable(int rank, int count) {
        for (int i = 0; i < count; i++) {
            long w = sst.read(rank, layout.changes(i));
            if (ChangeWord.isJoin(w) && joins.locator(ChangeWord.hash(w)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Pushes the list, then announces its length and this member's agreement with it. */
    private void announce() {
        sst.pushDirty();
        sst.write(col(SstLayout.NUM_CHANGES_SLOT), numChanges);
        sst.write(col(SstLayout.NUM_ACKED_SLOT), numChanges);
    }

    private void copyChange(int i, long word) {
        if (word == 0 || (!ChangeWord.isJoin(word) && (ChangeWord.rank(word) < 0 || ChangeWord.rank(word) >= n))) {
            throw new IllegalStateException("view " + vid + ": change " + i + " is the invalid word " + word);
        }
        if (ChangeWord.isLeave(word)) {
            detector.markLeaving(ChangeWord.rank(word));
        } else if (!ChangeWord.isJoin(word)) {
            detector.suspect(ChangeWord.rank(word)); // throws if it is this member: it is being removed
        }
        changes[i] = word;
        sst.write(layout.changes(i), word);
    }

    /** Copies a published decision from {@code src}'s row and publishes it as this member's own. */
    private void adopt(int src) {
        int committed = (int) sst.read(src, col(SstLayout.NUM_COMMITTED_SLOT));
        if (!resolvable(src, committed)) {
            return; // cannot happen for a decision this member acknowledged; wait to be told the joiner
        }
        int failed = 0;
        for (int i = 0; i < committed; i++) {
            long w = sst.read(src, layout.changes(i));
            copyChange(i, w);
            if (!ChangeWord.isJoin(w) && !ChangeWord.isLeave(w)) {
                failed++;
            }
        }
        numChanges = committed;
        if (2 * (n - failed) <= n) {
            throw new MembershipException("view " + vid + ": a decision to remove " + failed + " failed members of "
                    + n + " leaves no majority");
        }
        for (int q = 0; q < senders.length; q++) {
            trim[q] = sst.read(src, layout.globalMin(q));
            sst.write(layout.globalMin(q), trim[q]);
        }
        sst.write(col(SstLayout.NUM_CHANGES_SLOT), committed);
        sst.write(col(SstLayout.NUM_ACKED_SLOT), committed);
        sst.write(col(SstLayout.NUM_COMMITTED_SLOT), committed);
        publishReady();
    }

    private void publishReady() {
        sst.pushDirty();
        sst.write(col(SstLayout.GLOBAL_MIN_READY_SLOT), 1);
        sst.pushDirty();
        decided = true;
    }

    private boolean proposed(int rank) {
        for (int i = 0; i < numChanges; i++) {
            if (!ChangeWord.isJoin(changes[i]) && ChangeWord.rank(changes[i]) == rank) {
                return true;
            }
        }
        return false;
    }

    private boolean proposesJoin() {
        for (int i = 0; i < numChanges; i++) {
            if (ChangeWord.isJoin(changes[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code rank}'s row holds exactly this member's list of {@code count} changes. */
    private boolean sameList(int rank, int count) {
        if (count != numChanges) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (sst.read(rank, layout.changes(i)) != changes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether survivor {@code s} acknowledged exactly the leader's current list. */
    private boolean agrees(int s) {
        return sst.read(s, col(SstLayout.NUM_ACKED_SLOT)) == numChanges
                && sst.read(s, col(SstLayout.NUM_CHANGES_SLOT)) == numChanges && sameList(s, numChanges);
    }

    /**
     * For a leaving member: whether {@code leader} published a decision that removes this member, so
     * the survivors have everything of it that they will deliver and it may go.
     */
    boolean decidedWithoutMe(int leader) {
        if (leader == me || sst.read(leader, col(SstLayout.GLOBAL_MIN_READY_SLOT)) == 0) {
            return false;
        }
        int committed = (int) sst.read(leader, col(SstLayout.NUM_COMMITTED_SLOT));
        for (int i = 0; i < committed; i++) {
            long w = sst.read(leader, layout.changes(i));
            if (!ChangeWord.isJoin(w) && ChangeWord.rank(w) == me) {
                return true;
            }
        }
        return false;
    }

    boolean decided() {
        return decided;
    }

    /** Whether the decision removes {@code rank} (failed or leaving). */
    boolean removes(int rank) {
        return decided && proposed(rank);
    }

    /** The locators the decision adds, in proposal order (valid once decided). */
    List<String> joined() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < numChanges; i++) {
            if (ChangeWord.isJoin(changes[i])) {
                out.add(joins.locator(ChangeWord.hash(changes[i])));
            }
        }
        return out;
    }

    /** Per sender index, how many of its messages this view delivers (valid once decided). */
    long[] trim() {
        return trim;
    }
}
