package io.sirocco.stores.smc;

import io.sirocco.stores.sst.IdleStrategy;
import io.sirocco.stores.sst.Sst;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * This member's side of the SMC: claims ring slots for the caller to serialize into in place, and
 * commits them (size+payload push, then generation push). Null messages for ordered delivery are
 * sent by the predicate thread through {@link #trySendNulls}, only when no caller is mid-message.
 *
 * <p>Between {@link #claim} and {@link #commit}/{@link #abort} the caller's thread holds the send
 * lock, so concurrent senders are serialised and messages leave in index order. Nothing is
 * allocated per message.
 *
 * <p>At a view change the sender is {@link #wedge wedged}: claims return null from then on (the
 * caller retries in the next view), and {@link #wedgeComplete} tells the predicate thread when no
 * message is mid-flight any more, so that {@link #committed} is final.
 */
public final class SmcSender {

    private final Sst sst;
    private final SmcLayout layout;
    private final FlowControl flow;
    private final IdleStrategy idle;
    private final BooleanSupplier stopped;
    private final MemorySegment row;
    private final SmcSlot[] slots;
    private final ReentrantLock sendLock = new ReentrantLock();
    private long next; // guarded by sendLock
    private long limit; // guarded by sendLock: cached flow-control bound
    private volatile long committed;
    private volatile boolean wedged;

    /**
     * @param idle how a caller waits for a free slot (the caller's thread; one instance, used under the lock)
     * @param stopped true once the group is closed or failed: a waiting claim then throws
     */
    public SmcSender(Sst sst, SmcLayout layout, FlowControl flow, IdleStrategy idle, BooleanSupplier stopped) {
        this.sst = sst;
        this.layout = layout;
        this.flow = flow;
        this.idle = idle;
        this.stopped = stopped;
        this.row = sst.fabric().row(sst.myRank());
        slots = new SmcSlot[layout.window()];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new SmcSlot(row.asSlice(layout.payloadOffset(i), layout.maxPayload()));
        }
    }

    /**
     * Claims the next slot, waiting while the window is full. Holds the send lock until commit/abort.
     * Returns null, holding nothing, once the sender is wedged (a view change is under way).
     */
    public SmcSlot claim() {
        sendLock.lock();
        try {
            idle.reset();
            while (!wedged && next >= limit && (limit = flow.limit()) <= next) {
                if (stopped.getAsBoolean()) {
                    throw new IllegalStateException("group is closed or has failed; nothing can be sent");
                }
                idle.idle();
            }
            if (stopped.getAsBoolean()) {
                throw new IllegalStateException("group is closed or has failed; nothing can be sent");
            }
        } catch (RuntimeException | Error e) {
            sendLock.unlock();
            throw e;
        }
        if (wedged) {
            sendLock.unlock();
            return null;
        }
        return prepare();
    }

    /** Claims the next slot if one is free now, else returns null (never blocks on flow control). */
    public SmcSlot tryClaim() {
        sendLock.lock();
        if (wedged || stopped.getAsBoolean() || (next >= limit && (limit = flow.limit()) <= next)) {
            sendLock.unlock();
            return null;
        }
        return prepare();
    }

    /** Stops new claims and null-sends for good (this view is ending). */
    public void wedge() {
        wedged = true;
    }

    /**
     * Whether the sender is wedged and no caller holds a claimed slot, so {@link #committed} will not
     * change again. Never blocks: a caller mid-message makes it false until it commits or aborts.
     */
    public boolean wedgeComplete() {
        if (!wedged || !sendLock.tryLock()) {
            return false;
        }
        // Any claim that takes the lock after this sees wedged (set before our tryLock) and gives up.
        sendLock.unlock();
        return true;
    }

    private SmcSlot prepare() {
        SmcSlot slot = slots[(int) (next % slots.length)];
        slot.index = next;
        slot.buffer().clear();
        return slot;
    }

    /**
     * Sends the {@code length} bytes written at the start of the slot's payload; releases the send
     * lock. An out-of-range length throws and drops the slot as {@link #abort} would.
     */
    public void commit(SmcSlot slot, int length) {
        checkOwned(slot);
        if (length < 0 || length > layout.maxPayload()) {
            slot.index = -1;
            sendLock.unlock();
            throw new IllegalArgumentException("length: " + length + " is not in 0.." + layout.maxPayload());
        }
        try {
            long index = next;
            row.set(ValueLayout.JAVA_LONG, layout.sizeOffset(index), length);
            long gen = layout.generationOffset(index);
            sst.fabric().writeLongRelease(gen, SmcLayout.generation(index));
            sst.pushInOrder(layout.sizeOffset(index), 8L + length, gen, 8);
            next = index + 1;
            committed = next;
            slot.index = -1;
        } finally {
            sendLock.unlock();
        }
    }

    /** Gives the slot back unsent (the caller failed to serialize); releases the send lock. */
    public void abort(SmcSlot slot) {
        checkOwned(slot);
        slot.index = -1;
        sendLock.unlock();
    }

    private void checkOwned(SmcSlot slot) {
        if (slot == null || !sendLock.isHeldByCurrentThread() || slot.index != next) {
            throw new IllegalStateException("slot: not the slot this thread claimed");
        }
    }

    /**
     * Sends null messages until {@code target} messages have been sent, as far as the window allows,
     * unless a caller holds the send lock (its real message will move the order on instead).
     *
     * @return how many nulls were sent
     */
    public int trySendNulls(long target) {
        if (wedged || committed >= target || !sendLock.tryLock()) {
            return 0;
        }
        try {
            int sent = 0;
            while (next < target && (next < limit || (limit = flow.limit()) > next)) {
                long gen = layout.generationOffset(next);
                sst.fabric().writeLongRelease(gen, SmcLayout.nullGeneration(next));
                sst.push(gen, 8);
                next++;
                sent++;
            }
            committed = next;
            return sent;
        } finally {
            sendLock.unlock();
        }
    }

    /** Messages (real and null) sent so far. */
    public long committed() {
        return committed;
    }

    public SmcLayout layout() {
        return layout;
    }
}
