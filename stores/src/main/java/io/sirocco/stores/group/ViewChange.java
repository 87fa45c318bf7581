package io.sirocco.stores.group;

import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;

/**
 * The end of a view, agreed through the SST (Derecho's view-change protocol, in this member's
 * words). It runs on the predicate thread once this member is wedged.
 *
 * <p>The leader, the lowest-ranked member not suspected here, proposes every suspected rank for
 * removal ({@code changes[]}, {@code num_changes}). Each other member copies the leader's list and
 * acknowledges it ({@code num_acked}); acknowledging means "I am wedged and agree". When every
 * survivor acknowledged exactly the leader's list, and every survivor has received everything the
 * surviving senders sent before they wedged, the leader decides the ragged trim: per sender, the
 * messages that will be delivered in this view ({@code global_min[]}: a surviving sender's full
 * count, a removed sender's count received by every survivor). It publishes the trim and
 * {@code num_committed}, then, in a later push, {@code global_min_ready}. A member adopts the
 * decision by copying it into its own row and publishing its own ready flag before it delivers the
 * trim; so a leader that takes over from a failed one finds any decision already acted upon in some
 * survivor's row and adopts it instead of deciding anew. Until a decision is published, new
 * suspicions simply extend the proposal.
 *
 * <p>Each list is pushed before the counter that announces it, so whoever sees the counter sees the
 * list (the fabric keeps per-peer push order).
 */
final class ViewChange {

    private final Sst sst;
    private final SstLayout layout;
    private final FailureDetector detector;
    private final int n;
    private final int me;
    private final long vid;
    private final int[] senders;
    /** Ranks proposed for removal, in proposal order. */
    private final int[] changes;
    private int numChanges;
    private final long[] trim;
    private boolean decided;

    ViewChange(Sst sst, FailureDetector detector, long vid, int[] senders) {
        this.sst = sst;
        this.layout = sst.layout();
        this.detector = detector;
        this.n = sst.members();
        this.me = sst.myRank();
        this.vid = vid;
        this.senders = senders;
        changes = new int[n];
        trim = new long[senders.length];
    }

    /** One step; returns true once this view's end (removals and trim) is decided and published here. */
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

    private void lead() {
        for (int s = 0; s < n; s++) {
            if (s != me && !detector.suspected(s) && sst.read(s, col(SstLayout.GLOBAL_MIN_READY_SLOT)) != 0) {
                adopt(s); // an earlier leader decided and s acted on it: that decision stands
                return;
            }
        }
        boolean grew = false;
        for (int r = 0; r < n; r++) {
            if (detector.suspected(r) && !proposed(r)) {
                changes[numChanges] = r;
                sst.write(layout.changes(numChanges), r + 1L);
                numChanges++;
                grew = true;
            }
        }
        if (grew) {
            announce();
            return;
        }
        for (int s = 0; s < n; s++) {
            if (s != me && !detector.suspected(s) && !agrees(s)) {
                return;
            }
        }
        for (int q = 0; q < senders.length; q++) {
            long t;
            if (!detector.suspected(senders[q])) {
                t = sst.read(senders[q], layout.numReceived(q)); // final: that sender is wedged
                for (int s = 0; s < n; s++) {
                    if (!detector.suspected(s) && sst.read(s, layout.numReceived(q)) < t) {
                        return; // survivors are still receiving what it sent before the wedge
                    }
                }
            } else {
                t = Long.MAX_VALUE;
                for (int s = 0; s < n; s++) {
                    if (!detector.suspected(s)) {
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

    private void follow(int leader) {
        if (sst.read(leader, col(SstLayout.GLOBAL_MIN_READY_SLOT)) != 0) {
            adopt(leader);
            return;
        }
        int proposed = (int) sst.read(leader, col(SstLayout.NUM_CHANGES_SLOT));
        if (proposed == 0 || sameList(leader, proposed)) {
            return;
        }
        for (int i = 0; i < proposed; i++) {
            int r = (int) sst.read(leader, layout.changes(i)) - 1;
            copyChange(i, r);
        }
        numChanges = proposed;
        announce();
    }

    /** Pushes the list, then announces its length and this member's agreement with it. */
    private void announce() {
        sst.pushDirty();
        sst.write(col(SstLayout.NUM_CHANGES_SLOT), numChanges);
        sst.write(col(SstLayout.NUM_ACKED_SLOT), numChanges);
    }

    private void copyChange(int i, int r) {
        if (r < 0 || r >= n) {
            throw new IllegalStateException("view " + vid + ": change " + i + " names rank " + r);
        }
        detector.suspect(r); // throws if r is this member: it is being removed
        changes[i] = r;
        sst.write(layout.changes(i), r + 1L);
    }

    /** Copies a published decision from {@code src}'s row and publishes it as this member's own. */
    private void adopt(int src) {
        int committed = (int) sst.read(src, col(SstLayout.NUM_COMMITTED_SLOT));
        for (int i = 0; i < committed; i++) {
            copyChange(i, (int) sst.read(src, layout.changes(i)) - 1);
        }
        numChanges = committed;
        if (2 * (n - committed) <= n) {
            throw new MembershipException("view " + vid + ": a decision to remove " + committed + " of " + n
                    + " members leaves no majority");
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
            if (changes[i] == rank) {
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
            if (sst.read(rank, layout.changes(i)) != changes[i] + 1L) {
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

    boolean decided() {
        return decided;
    }

    /** Whether the decision removes {@code rank}. */
    boolean removes(int rank) {
        return decided && proposed(rank);
    }

    /** Per sender index, how many of its messages this view delivers (valid once decided). */
    long[] trim() {
        return trim;
    }
}
