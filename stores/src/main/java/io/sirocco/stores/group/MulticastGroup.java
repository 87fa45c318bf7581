package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import io.sirocco.stores.smc.FlowControl;
import io.sirocco.stores.smc.SmcLayout;
import io.sirocco.stores.smc.SmcReceiver;
import io.sirocco.stores.smc.SmcSender;
import io.sirocco.stores.smc.SmcSlot;
import io.sirocco.stores.sst.PredicateThread;
import io.sirocco.stores.sst.Sst;
import io.sirocco.stores.sst.SstLayout;
import java.lang.foreign.MemorySegment;
import java.util.List;
import java.util.Objects;

/**
 * One member of one view of a group: multicast over an SST and per-sender SMC rings on a
 * {@link FabricGroup}, delivered ordered or unordered to a {@link DeliveryHandler} on the group's
 * predicate thread. The view is static (no failure handling yet).
 *
 * <p>Sending, zero-copy: {@code slot = claim()}, write the message into {@code slot.payload()},
 * {@code commit(slot, length)}. Claim and commit happen on the same thread; the window bounds how
 * many messages may be outstanding, and claim waits (by the configured idle strategy) while it is
 * full.
 */
public final class MulticastGroup implements AutoCloseable {

    private final FabricGroup fabric;
    private final GroupConfig config;
    private final SmcSender sender;
    private final DeliveryPredicate delivery;
    private final PredicateThread thread;
    private volatile boolean closed;

    private MulticastGroup(FabricGroup fabric, GroupConfig config, DeliveryHandler handler) {
        this.fabric = fabric;
        this.config = config;
        int members = fabric.members();
        int[] senders = config.senders(members);
        SstLayout sstLayout = layout(config, members);
        if (fabric.layout().rowBytes() != sstLayout.rowBytes()) {
            throw new IllegalArgumentException("fabric: rows of " + fabric.layout().rowBytes() + " bytes; this "
                    + "configuration needs rowBytes(config, " + members + ") = " + sstLayout.rowBytes());
        }
        Sst sst = new Sst(fabric, sstLayout);
        SmcLayout smc = new SmcLayout(sstLayout.tailOffset(), config.window(), config.maxPayload());
        int me = fabric.myRank();
        int myIndex = java.util.Arrays.binarySearch(senders, me);
        boolean ordered = config.mode() == DeliveryMode.ORDERED;
        if (myIndex >= 0) {
            FlowControl flow = ordered ? orderedFlow(sst, myIndex, senders.length, config.window())
                    : unorderedFlow(sst, sstLayout.numReceived(myIndex), config.window());
            sender = new SmcSender(sst, smc, flow, config.idle().get(), () -> closed || !isRunning());
        } else {
            sender = null;
        }
        delivery = new DeliveryPredicate(sst, new SmcReceiver(fabric, smc), handler, ordered, senders, sender,
                myIndex);
        thread = new PredicateThread("sirocco-group-" + fabric.layout().group() + "-" + me,
                config.idle().get(), List.of(delivery));
    }

    /** The row size every member of a view of {@code members} must open the fabric with. */
    public static int rowBytes(GroupConfig config, int members) {
        return layout(config, members).rowBytes();
    }

    private static SstLayout layout(GroupConfig config, int members) {
        return new SstLayout(members, config.senders(members).length,
                SmcLayout.bytes(config.window(), config.maxPayload()));
    }

    /** Starts a member on an open fabric region, which the group then owns and closes. */
    public static MulticastGroup start(FabricGroup fabric, GroupConfig config, DeliveryHandler handler) {
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
        MulticastGroup g = new MulticastGroup(fabric, config, handler);
        g.thread.start();
        return g;
    }

    /** Opens this member's region on {@code provider} for the view and starts the member. */
    public static MulticastGroup open(FabricProvider provider, String group, long viewId, List<String> memberLocators,
            int myRank, GroupConfig config, DeliveryHandler handler) throws FabricException {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
        GroupLayout layout = new GroupLayout(group, viewId, memberLocators, myRank,
                rowBytes(config, memberLocators.size()));
        FabricGroup fabric = provider.open(layout);
        try {
            return start(fabric, config, handler);
        } catch (RuntimeException e) {
            fabric.close();
            throw e;
        }
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

    /** Claims a slot to serialize one message into, waiting while the window is full. */
    public SmcSlot claim() {
        return requireSender().claim();
    }

    /** Claims a slot if one is free now; null if the window is full. */
    public SmcSlot tryClaim() {
        return requireSender().tryClaim();
    }

    /** Sends the first {@code length} bytes of the claimed slot's payload. */
    public void commit(SmcSlot slot, int length) {
        requireSender().commit(slot, length);
    }

    /** Gives a claimed slot back unsent. */
    public void abort(SmcSlot slot) {
        requireSender().abort(slot);
    }

    /** Convenience: copies {@code length} bytes of {@code source} from {@code offset} into a slot and sends it. */
    public void send(MemorySegment source, long offset, int length) {
        Objects.requireNonNull(source, "source");
        if (length < 0 || length > config.maxPayload()) {
            throw new IllegalArgumentException("length: " + length + " is not in 0.." + config.maxPayload());
        }
        Objects.checkFromIndexSize(offset, length, source.byteSize());
        SmcSlot slot = claim();
        MemorySegment.copy(source, offset, slot.payload(), 0, length);
        commit(slot, length);
    }

    private SmcSender requireSender() {
        if (sender == null) {
            throw new IllegalStateException("rank " + fabric.myRank() + " is not one of this group's senders "
                    + config.senderRanks());
        }
        return sender;
    }

    public boolean isSender() {
        return sender != null;
    }

    public int myRank() {
        return fabric.myRank();
    }

    public int members() {
        return fabric.members();
    }

    public GroupConfig config() {
        return config;
    }

    /** Whether the predicate thread is running (false after close or a failure). */
    public boolean isRunning() {
        return thread.isRunning();
    }

    /** Why the group stopped on its own (for example, the delivery handler threw), or null. */
    public Throwable failure() {
        return thread.failure();
    }

    /** Stops delivery and closes the fabric region. Not from the delivery handler. */
    @Override
    public void close() {
        if (thread.isCurrentThread()) {
            throw new IllegalStateException("close: not from the delivery handler");
        }
        closed = true;
        thread.close();
        fabric.close();
    }
}
