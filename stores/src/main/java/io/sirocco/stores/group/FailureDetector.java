package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;

/**
 * Failure detection for one view, run on the predicate thread: this member bumps its heartbeat
 * column; it suspects a peer whose heartbeat has not moved for {@code suspectAfter}, or that the
 * fabric reports failed, and records it in its own {@code suspected[]} column. Suspicions spread: a
 * member adopts every suspicion it sees in the row of a peer it does not itself suspect.
 *
 * <p>A peer's heartbeat counts as alive when it changed since this member last looked, so a pause of
 * this member's own thread never makes it suspect others. Two outcomes stop the member instead
 * ({@link MembershipException}): a peer it trusts suspects it (it has been excluded), or fewer than
 * a majority of the view is left unsuspected (it may be on the minority side of a partition).
 */
final class FailureDetector {

    private final Sst sst;
    private final SstLayout layout;
    private final FabricGroup fabric;
    private final int n;
    private final int me;
    private final long vid;
    private final long suspectAfter;
    private final long beatEvery;
    private final long[] lastBeat;
    private final long[] lastChange;
    private final boolean[] suspected;
    /** Members that announced a graceful leave: removed by the next view, but not failed. */
    private final boolean[] leaving;
    private int count;
    private long heartbeat;
    private long nextBeat;

    FailureDetector(Sst sst, long vid, long suspectAfterNanos, long now) {
        this.sst = sst;
        this.layout = sst.layout();
        this.fabric = sst.fabric();
        this.n = sst.members();
        this.me = sst.myRank();
        this.vid = vid;
        this.suspectAfter = suspectAfterNanos;
        this.beatEvery = Math.max(suspectAfterNanos / 8, 100_000L);
        lastBeat = new long[n];
        lastChange = new long[n];
        java.util.Arrays.fill(lastChange, now);
        suspected = new boolean[n];
        leaving = new boolean[n];
        nextBeat = now;
    }

    /**
     * One pass: heartbeat, local detection, gossip. Returns how many new suspicions it recorded.
     *
     * @throws MembershipException when this member must stop (excluded, or not in a majority)
     */
    int poll(long now) {
        if (now - nextBeat >= 0) {
            sst.write(SstLayout.HEARTBEAT, ++heartbeat);
            nextBeat = now + beatEvery;
        }
        int added = 0;
        for (int p = 0; p < n; p++) {
            if (p == me || suspected[p]) {
                continue;
            }
            long beat = sst.read(p, SstLayout.HEARTBEAT);
            if (fabric.failed(p)) {
                added += suspect(p);
            } else if (beat != lastBeat[p]) {
                lastBeat[p] = beat;
                lastChange[p] = now;
            } else if (now - lastChange[p] > suspectAfter) {
                added += suspect(p);
            }
        }
        for (int p = 0; p < n; p++) {
            if (p == me || suspected[p]) {
                continue;
            }
            if (sst.read(p, layout.suspected(me)) != 0) {
                throw new MembershipException("view " + vid + ": rank " + me + " was suspected by rank " + p
                        + " and is no longer a member");
            }
            for (int r = 0; r < n; r++) {
                if (r != me && !suspected[r] && sst.read(p, layout.suspected(r)) != 0) {
                    added += suspect(r);
                }
            }
        }
        if (count > 0) {
            checkMajority();
        }
        return added;
    }

    /** Records a suspicion in this member's row (pushed with the pass); returns 1 if it is new. */
    int suspect(int rank) {
        if (rank == me) {
            throw new MembershipException("view " + vid + ": the view's leader removes rank " + me);
        }
        if (suspected[rank]) {
            return 0;
        }
        suspected[rank] = true;
        count++;
        sst.write(layout.suspected(rank), 1);
        return 1;
    }

    /** A leaver agreed to go: it never forms a view of its own, so it counts as alive for the majority. */
    private void checkMajority() {
        int alive = n;
        for (int r = 0; r < n; r++) {
            if (suspected[r] && !leaving[r]) {
                alive--;
            }
        }
        if (2 * alive <= n) {
            throw new MembershipException("view " + vid + ": rank " + me + " reaches only " + alive + " of " + n
                    + " members, not a majority; it stops rather than risk a diverging view");
        }
    }

    boolean suspected(int rank) {
        return suspected[rank];
    }

    int suspectedCount() {
        return count;
    }

    /** Records that {@code rank} (this member too) leaves gracefully in this view. */
    void markLeaving(int rank) {
        leaving[rank] = true;
    }

    boolean leaving(int rank) {
        return leaving[rank];
    }

    /** Whether {@code rank} will not be in the next view (suspected or leaving). */
    boolean excluded(int rank) {
        return suspected[rank] || leaving[rank];
    }

    /** The lowest-ranked member neither suspected nor leaving here: the leader of a view change. */
    int leader() {
        for (int r = 0; r < n; r++) {
            if (!excluded(r)) {
                return r;
            }
        }
        return me;
    }
}
