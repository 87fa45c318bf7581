package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import io.sirocco.stores.smc.SmcSender;
import io.sirocco.stores.smc.SmcSlot;
import io.sirocco.stores.sst.PredicateThread;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * One member of a group: multicast over an SST and per-sender SMC rings on a {@link FabricGroup},
 * delivered ordered or unordered to a {@link DeliveryHandler} on the group's predicate thread, with
 * failure detection and view change (see {@link ViewChange}): when members fail, the survivors agree
 * on the messages that end the view, deliver them identically, and go on in a new view on a new
 * fabric region; a member that is left in a minority stops ({@link MembershipException}).
 *
 * <p>Sending, zero-copy: {@code slot = claim()}, write the message into {@code slot.payload()},
 * {@code commit(slot, length)}. Claim and commit happen on the same thread; the window bounds how
 * many messages may be outstanding, and claim waits (by the configured idle strategy) while it is
 * full. During a view change claim waits for the new view and then claims there; a committed
 * message of a surviving sender is never lost across a view change. A claimed slot holds the view
 * change back until it is committed or aborted.
 *
 * <p>Membership grows and shrinks by the same agreement: {@link #requestJoin} (fed by discovery)
 * lets the leader propose an added member, which then starts with {@link #join} in the view that
 * adds it; {@link #leave} removes this member after all it committed is delivered by the others.
 */
public final class MulticastGroup implements AutoCloseable {

    private final FabricProvider provider;
    private final String group;
    private final GroupConfig config;
    private final DeliveryHandler handler;
    private final ViewListener listener;
    private final PredicateThread thread;
    private final JoinRequests joins = new JoinRequests();
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> tasks = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile ViewMember current;
    private volatile boolean closed;
    private volatile boolean leaveRequested;
    /** A joiner tells its listener of its first view before the first delivery. */
    private boolean announceFirstView;

    private MulticastGroup(FabricProvider provider, FabricGroup fabric, GroupConfig config, DeliveryHandler handler,
            ViewListener listener) {
        this.provider = provider;
        this.group = fabric.layout().group();
        this.config = config;
        this.handler = handler;
        this.listener = listener;
        GroupLayout l = fabric.layout();
        int[] senders = config.senders(l.members());
        List<Integer> senderList = new ArrayList<>();
        for (int s : senders) {
            senderList.add(s);
        }
        current = new ViewMember(new GroupView(l.viewId(), l.memberLocators(), l.myRank(), senderList), fabric, config,
                handler, this::stopped, null, joins);
        thread = new PredicateThread("sirocco-group-" + group + "-" + l.myRank(), config.idle().get(),
                List.of(this::poll));
    }

    /** The row size every member of a view of {@code members} must open the fabric with. */
    public static int rowBytes(GroupConfig config, int members) {
        return ViewMember.layout(config, members, config.senders(members).length).rowBytes();
    }

    /**
     * Starts a member on an open fabric region, which the group then owns and closes. Without a
     * provider the group cannot open the next view: a view change stops it with a
     * {@link MembershipException}; use {@link #open} for a group that survives failures.
     */
    public static MulticastGroup start(FabricGroup fabric, GroupConfig config, DeliveryHandler handler) {
        return start(null, fabric, config, handler, ViewListener.NONE);
    }

    /** Starts a member on an open region of {@code provider}'s, which opens the later views' regions. */
    public static MulticastGroup start(FabricProvider provider, FabricGroup fabric, GroupConfig config,
            DeliveryHandler handler, ViewListener listener) {
        Objects.requireNonNull(fabric, "fabric");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(listener, "listener");
        MulticastGroup g = new MulticastGroup(provider, fabric, config, handler, listener);
        g.thread.start();
        return g;
    }

    /** Opens this member's region on {@code provider} for the view and starts the member. */
    public static MulticastGroup open(FabricProvider provider, String group, long viewId, List<String> memberLocators,
            int myRank, GroupConfig config, DeliveryHandler handler) throws FabricException {
        return open(provider, group, viewId, memberLocators, myRank, config, handler, ViewListener.NONE);
    }

    /** As {@link #open(FabricProvider, String, long, List, int, GroupConfig, DeliveryHandler)}, told of views. */
    public static MulticastGroup open(FabricProvider provider, String group, long viewId, List<String> memberLocators,
            int myRank, GroupConfig config, DeliveryHandler handler, ViewListener listener) throws FabricException {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(config, "config");
        GroupLayout layout = new GroupLayout(group, viewId, memberLocators, myRank,
                rowBytes(config, memberLocators.size()));
        FabricGroup fabric = provider.open(layout);
        try {
            return start(provider, fabric, config, handler, listener);
        } catch (RuntimeException e) {
            fabric.close();
            throw e;
        }
    }

    /**
     * Starts a process that joins a running group in the view that adds it. The existing members run
     * the view change when the layer above calls {@link #requestJoin} on them; the joiner learns the
     * resulting view from the same layer (an existing member's {@link ViewListener#viewInstalled}
     * shows it) and passes it here with its own rank ({@link GroupView#rankOf}). The joiner opens that
     * view's region like any member and delivers exactly that view's messages onwards; the listener is
     * told of {@code viewId} before the first delivery. Every member sends in the new view when
     * {@code config.senderRanks()} is empty; otherwise the joiner passes the new view's sender ranks.
     * State transfer (a store's history for late joiners) is the store layer's job, not the engine's.
     */
    public static MulticastGroup join(FabricProvider provider, String group, long viewId, List<String> memberLocators,
            int myRank, GroupConfig config, DeliveryHandler handler, ViewListener listener) throws FabricException {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(listener, "listener");
        GroupLayout layout = new GroupLayout(group, viewId, memberLocators, myRank,
                rowBytes(config, memberLocators.size()));
        FabricGroup fabric = provider.open(layout);
        MulticastGroup g;
        try {
            g = new MulticastGroup(provider, fabric, config, handler, listener);
        } catch (RuntimeException e) {
            fabric.close();
            throw e;
        }
        g.announceFirstView = true;
        g.thread.start();
        return g;
    }

    /**
     * Asks this member's group to add the process that announced fabric locator {@code locator}
     * (the layer above calls it on every member when discovery finds a new one). The current leader
     * proposes one join per view change, as it proposes removals; a member resolves a proposed join
     * only through this call, and waits for it before acknowledging. Thread safe; no-op for a member.
     */
    public void requestJoin(String locator) {
        Objects.requireNonNull(locator, "locator");
        if (!current.view.memberLocators().contains(locator)) {
            joins.add(locator);
        }
    }

    /**
     * Leaves the group gracefully and closes it: this member stops sending (waits for a claimed slot
     * to be committed or aborted), announces the leave, and waits until the survivors have decided a
     * view without it in which every message it committed is delivered. Not from the delivery handler.
     *
     * @return true when the leave was agreed; false when the group had stopped on its own first
     *     ({@link #failure()} says why)
     */
    public boolean leave() {
        if (thread.isCurrentThread()) {
            throw new IllegalStateException("leave: not from the delivery handler");
        }
        if (current.view.members() == 1 && isRunning()) {
            close(); // nobody to tell
            return true;
        }
        leaveRequested = true;
        while (!current.left() && !stopped()) {
            LockSupport.parkNanos(100_000);
        }
        boolean left = current.left();
        close();
        return left;
    }

    private boolean stopped() {
        return closed || !thread.isRunning();
    }

    /** The predicate thread's pass: the current view's, then the next view's installation if decided. */
    private int poll() {
        try {
            ViewMember v = current;
            if (announceFirstView) {
                announceFirstView = false;
                listener.viewInstalled(v.view);
            }
            if (leaveRequested) {
                v.requestLeave();
            }
            int work = runTasks();
            work += v.poll(System.nanoTime());
            if (v.decided()) {
                install(v);
                work++;
            }
            return work;
        } catch (Throwable t) {
            try {
                listener.stopped(t);
            } catch (Throwable l) {
                t.addSuppressed(l);
            }
            throw t;
        }
    }

    private int runTasks() {
        int n = 0;
        for (Runnable task; (task = tasks.poll()) != null; n++) {
            task.run();
        }
        return n;
    }

    /**
     * Runs {@code task} on the group's thread between deliveries (it sees every delivery before it
     * and none after it), for layers above that must order their own work with deliveries: a
     * store's state transfer, history for a new local reader. Like a delivery, it must not block; if
     * it throws, the group stops.
     */
    public void runOnGroupThread(Runnable task) {
        tasks.add(Objects.requireNonNull(task, "task"));
    }

    /** Whether the caller is the group's thread (deliveries and view listeners run on it). */
    public boolean onGroupThread() {
        return thread.isCurrentThread();
    }

    /** Delivers the old view's trim, opens the survivors' region for the next view, swaps, tells the listener. */
    private void install(ViewMember old) {
        old.delivery.deliverTrim(old.change.trim());
        GroupView ov = old.view;
        int[] newRank = new int[ov.members()];
        List<String> locators = new ArrayList<>();
        for (int r = 0; r < ov.members(); r++) {
            newRank[r] = old.change.removes(r) ? -1 : locators.size();
            if (newRank[r] >= 0) {
                locators.add(ov.memberLocators().get(r));
            }
        }
        List<Integer> senders = new ArrayList<>();
        for (int s : old.senders()) {
            if (newRank[s] >= 0) {
                senders.add(newRank[s]);
            }
        }
        for (String joiner : old.change.joined()) { // joiners take the next ranks, in proposal order
            if (config.senderRanks().isEmpty()) {
                senders.add(locators.size());
            }
            locators.add(joiner);
        }
        GroupView nv = new GroupView(ov.viewId() + 1, locators, newRank[ov.myRank()], senders);
        if (provider == null) {
            throw new MembershipException("view " + nv.viewId() + ": no FabricProvider to open it with (the group "
                    + "was started on a bare FabricGroup)");
        }
        listener.viewDecided(nv);
        FabricGroup fabric;
        try {
            fabric = provider.open(new GroupLayout(group, nv.viewId(), locators, nv.myRank(),
                    ViewMember.layout(config, locators.size(), senders.size()).rowBytes()));
        } catch (FabricException | RuntimeException e) {
            throw new MembershipException("view " + nv.viewId() + ": could not open its fabric region", e);
        }
        old.closeRetired();
        ViewMember next = new ViewMember(nv, fabric, config, handler, this::stopped, old.fabric, joins);
        for (int r = 0; r < ov.members(); r++) {
            if (newRank[r] >= 0 && r != ov.myRank() && old.detector.suspected(r)) {
                next.suspect(newRank[r]); // suspected too late for this change: the next one removes it
            }
        }
        current = next;
        joins.prune(locators);
        listener.viewInstalled(nv);
    }

    /**
     * Claims a slot to serialize one message into, waiting while the window is full and, during a
     * view change, until the next view is installed.
     *
     * @throws IllegalStateException if this member does not send, or the group is closed or stopped
     */
    public SmcSlot claim() {
        while (true) {
            ViewMember v = current;
            SmcSlot slot = requireSender(v).claim();
            if (slot != null) {
                return slot;
            }
            if (thread.isCurrentThread()) {
                throw new IllegalStateException("claim: a view change is under way; the delivery handler must "
                        + "use tryClaim");
            }
            while (current == v) {
                if (stopped()) {
                    throw new IllegalStateException("group is closed or has failed; nothing can be sent", failure());
                }
                LockSupport.parkNanos(100_000);
            }
        }
    }

    /** Claims a slot if one is free now; null if the window is full or a view change is under way. */
    public SmcSlot tryClaim() {
        return requireSender(current).tryClaim();
    }

    /** Sends the first {@code length} bytes of the claimed slot's payload. */
    public void commit(SmcSlot slot, int length) {
        // The view cannot change while this thread holds a claimed slot, so it is the current view's.
        requireSender(current).commit(slot, length);
    }

    /** Gives a claimed slot back unsent. */
    public void abort(SmcSlot slot) {
        requireSender(current).abort(slot);
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

    private SmcSender requireSender(ViewMember v) {
        if (v.sender == null) {
            throw new IllegalStateException("rank " + v.view.myRank() + " is not one of this group's senders "
                    + v.view.senderRanks());
        }
        return v.sender;
    }

    public boolean isSender() {
        return current.sender != null;
    }

    /** This member's rank in the current view. */
    public int myRank() {
        return current.view.myRank();
    }

    /** Members of the current view. */
    public int members() {
        return current.view.members();
    }

    /** The current view. */
    public GroupView view() {
        return current.view;
    }

    public GroupConfig config() {
        return config;
    }

    /** Whether the predicate thread is running (false after close or a failure). */
    public boolean isRunning() {
        return thread.isRunning();
    }

    /**
     * Why the group stopped on its own, or null: a {@link MembershipException} (excluded, minority
     * side of a partition, next view not opened) or what the delivery handler threw.
     */
    public Throwable failure() {
        return thread.failure();
    }

    /** Stops delivery and closes the fabric regions. Not from the delivery handler. */
    @Override
    public void close() {
        if (thread.isCurrentThread()) {
            throw new IllegalStateException("close: not from the delivery handler");
        }
        closed = true;
        thread.close();
        current.close();
    }
}
