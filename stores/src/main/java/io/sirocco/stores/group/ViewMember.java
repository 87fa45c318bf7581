package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.smc.FlowControl;
import io.sirocco.stores.smc.SmcLayout;
import io.sirocco.stores.smc.SmcReceiver;
import io.sirocco.stores.smc.SmcSender;
import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * This member in one view: the view's fabric region, SST, SMC sender and receiver, delivery, failure
 * detection and view-change state. A new view gets a new instance (counters start from zero in a
 * new region); the group swaps instances on its predicate thread.
 *
 * <p>A pass: detect failures; wedge (stop sending and ordered delivery, stop receiving from
 * suspected senders) at the first suspicion, when a trusted peer is wedged (a leader starting a
 * view change for a join, a leaver), when this member leaves, or, as leader, when it was told of a
 * join; receive and deliver; once the sender has nothing in flight and this member has received all
 * it sent, publish {@code wedged} and take part in the view change, or, leaving, publish {@code rip}
 * (after {@code wedged}, so its count is final where rip is seen) and wait for a decision without it.
 */
final class ViewMember implements AutoCloseable {

    final GroupView view;
    final FabricGroup fabric;
    final SmcSender sender;
    final DeliveryPredicate delivery;
    final FailureDetector detector;
    final ViewChange change;
    private final Sst sst;
    private final int[] senders;
    private final int myIndex;
    private final JoinRequests joins;
    private boolean wedging;
    private boolean wedged;
    /** This member leaves gracefully in this view: it wedges, announces {@code rip}, waits for the decision. */
    private boolean leaving;
    private boolean ripPublished;
    private volatile boolean left;
    /** The previous view's region: closed once every member of this view has shown up here. */
    private FabricGroup retired;

    ViewMember(GroupView view, FabricGroup fabric, GroupConfig config, DeliveryHandler handler,
            BooleanSupplier stopped, FabricGroup retired, JoinRequests joins) {
        this.view = view;
        this.joins = joins;
        this.fabric = fabric;
        this.retired = retired;
        int members = fabric.members();
        senders = view.senderRanks().stream().mapToInt(Integer::intValue).toArray();
        SstLayout sstLayout = layout(config, members, senders.length);
        if (fabric.layout().rowBytes() != sstLayout.rowBytes()) {
            throw new IllegalArgumentException("fabric: rows of " + fabric.layout().rowBytes() + " bytes; this "
                    + "configuration needs rowBytes(config, " + members + ") = " + sstLayout.rowBytes());
        }
        sst = new Sst(fabric, sstLayout);
        SmcLayout smc = new SmcLayout(sstLayout.tailOffset(), config.window(), config.maxPayload());
        myIndex = Arrays.binarySearch(senders, fabric.myRank());
        boolean ordered = config.mode() == DeliveryMode.ORDERED;
        if (myIndex >= 0) {
            FlowControl flow = ordered ? orderedFlow(sst, myIndex, senders.length, config.window())
                    : unorderedFlow(sst, sstLayout.numReceived(myIndex), config.window());
            sender = new SmcSender(sst, smc, flow, config.idle().get(), stopped);
        } else {
            sender = null;
        }
        delivery = new DeliveryPredicate(sst, new SmcReceiver(fabric, smc), handler, ordered, senders, sender,
                myIndex);
        long now = System.nanoTime();
        detector = new FailureDetector(sst, view.viewId(), config.suspectAfter().toNanos(), now);
        change = new ViewChange(sst, detector, joins, view, senders);
        sst.write(sstLayout.viewScalar(SstLayout.VID_SLOT), view.viewId());
    }

    static SstLayout layout(GroupConfig config, int members, int senders) {
        return new SstLayout(members, senders, SmcLayout.bytes(config.window(), config.maxPayload()));
    }

    // Unordered: a slot is free once every member (this one too) has received its previous message.
    private static FlowControl unorderedFlow(Sst sst, long numReceivedColumn, int window) {
        return () -> {
            long min = Long.MAX_VALUE;
            for (int m = 0; m < sst.members(); m++) {
                min = Math.min(min, sst.read(m, numReceivedColumn));
            }
            return min + window;
        };
    }

    // Ordered: delivery reads the slot in place, so it is free once every member has delivered.
    private static FlowControl orderedFlow(Sst sst, int myIndex, int k, int window) {
        return () -> {
            long min = Long.MAX_VALUE;
            for (int m = 0; m < sst.members(); m++) {
                long delivered = sst.read(m, SstLayout.DELIVERED_NUM);
                // how many of our indices i have i * k + myIndex < delivered
                long mine = delivered > myIndex ? (delivered - myIndex + k - 1) / k : 0;
                min = Math.min(min, mine);
            }
            return min + window;
        };
    }

    /**
     * Starts a graceful leave in this view, unless a view change is already under way here (then the
     * caller asks again in the next view: this member may already have acknowledged a list that
     * keeps it, and a leaver takes no part in agreement).
     */
    void requestLeave() {
        if (!wedging) {
            leaving = true;
            detector.markLeaving(fabric.myRank());
        }
    }

    /** Whether this member's leave is decided: the survivors deliver all it sent; it may close. */
    boolean left() {
        return left;
    }

    /** One pass of this view; returns the work done (0 lets the thread idle). */
    int poll(long now) {
        if (left) {
            return 0; // the survivors go on without this member; it only waits to be closed
        }
        int work = detector.poll(now);
        boolean peerWedged = watchPeers();
        if (!wedging && (leaving || peerWedged || detector.suspectedCount() > 0 || joinToPropose())) {
            wedging = true;
            if (sender != null) {
                sender.wedge();
            }
            delivery.wedge();
        }
        if (detector.suspectedCount() > 0) {
            for (int q = 0; q < senders.length; q++) {
                if (detector.suspected(senders[q])) {
                    delivery.ignore(q);
                }
            }
        }
        boolean quiet = wedging && !wedged && (sender == null || sender.wedgeComplete());
        work += delivery.poll();
        if (quiet && (sender == null || delivery.received(myIndex) == sender.committed())) {
            wedged = true;
            sst.write(sst.layout().viewScalar(SstLayout.WEDGED_SLOT), 1);
        }
        if (wedged && leaving) {
            work += leaveStep();
        } else if (wedged && change.poll()) {
            work++;
        }
        if (retired != null && everyoneArrived()) {
            retired.close();
            retired = null;
        }
        sst.pushDirty();
        return work;
    }

    /**
     * Marks peers that announced a leave; returns whether a trusted peer is wedged (a leader that
     * starts a view change for a join, or a leaver), which wedges this member too.
     */
    private boolean watchPeers() {
        boolean any = false;
        long rip = sst.layout().viewScalar(SstLayout.RIP_SLOT);
        long wedgedCol = sst.layout().viewScalar(SstLayout.WEDGED_SLOT);
        for (int p = 0; p < fabric.members(); p++) {
            if (p == fabric.myRank() || detector.suspected(p)) {
                continue;
            }
            if (!detector.leaving(p) && sst.read(p, rip) != 0) {
                detector.markLeaving(p);
            }
            any |= sst.read(p, wedgedCol) != 0;
        }
        return any;
    }

    /** The leader starts a view change for a join it was told of (one volatile read when there is none). */
    private boolean joinToPropose() {
        if (!joins.pending() || detector.leader() != fabric.myRank()) {
            return false;
        }
        if (joins.next(view.memberLocators()) == null) {
            joins.prune(view.memberLocators()); // a request that raced the install of its own view
            return false;
        }
        return true;
    }

    /** Once wedged (sent count final and pushed), announces {@code rip}; then waits for the decision. */
    private int leaveStep() {
        if (!ripPublished) {
            sst.pushDirty(); // num_received and wedged reach every peer before rip
            sst.write(sst.layout().viewScalar(SstLayout.RIP_SLOT), 1);
            ripPublished = true;
            return 1;
        }
        int leader = detector.leader();
        if (leader == fabric.myRank() || change.decidedWithoutMe(leader)) {
            // leader() is this member only when every peer leaves too: nobody stays to agree with
            left = true;
            return 1;
        }
        return 0;
    }

    /** Whether this view's end is decided here: deliver the trim and install the next view. */
    boolean decided() {
        return change.decided();
    }

    /** Suspects {@code rank} from the start (carried over from the previous view). */
    void suspect(int rank) {
        detector.suspect(rank);
    }

    private boolean everyoneArrived() {
        for (int p = 0; p < fabric.members(); p++) {
            if (p != fabric.myRank() && !detector.suspected(p) && sst.read(p, SstLayout.HEARTBEAT) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The sender indices of this view: {@code senders()[q]} is the rank of sender index q. */
    int[] senders() {
        return senders;
    }

    /** Closes the previous view's region now if it is still held. */
    void closeRetired() {
        if (retired != null) {
            retired.close();
            retired = null;
        }
    }

    /** Releases this view's region and, if still held, the previous one's. */
    @Override
    public void close() {
        closeRetired();
        fabric.close();
    }
}
