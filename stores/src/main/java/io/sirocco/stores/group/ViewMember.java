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
 * <p>A pass: detect failures; on the first suspicion wedge (stop sending and ordered delivery, stop
 * receiving from suspected senders); receive and deliver; once the sender has nothing in flight and
 * this member has received all it sent, publish {@code wedged} and take part in the view change.
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
    private boolean wedging;
    private boolean wedged;
    /** The previous view's region: closed once every member of this view has shown up here. */
    private FabricGroup retired;

    ViewMember(GroupView view, FabricGroup fabric, GroupConfig config, DeliveryHandler handler,
            BooleanSupplier stopped, FabricGroup retired) {
        this.view = view;
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
        change = new ViewChange(sst, detector, view.viewId(), senders);
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

    /** One pass of this view; returns the work done (0 lets the thread idle). */
    int poll(long now) {
        int work = detector.poll(now);
        if (detector.suspectedCount() > 0) {
            if (!wedging) {
                wedging = true;
                if (sender != null) {
                    sender.wedge();
                }
                delivery.wedge();
            }
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
        if (wedged && change.poll()) {
            work++;
        }
        if (retired != null && everyoneArrived()) {
            retired.close();
            retired = null;
        }
        sst.pushDirty();
        return work;
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
