package io.sirocco.stores.sst;

import io.sirocco.stores.fabric.FabricGroup;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The shared state table over a {@link FabricGroup}: reads of any member's counters (acquire),
 * writes of this member's own counters (release), and pushes. Column writes made by the predicate
 * thread are collected as one dirty range and pushed once per pass ({@link #pushDirty}), so a pass
 * that changed many counters costs one push per peer.
 *
 * <p>The fabric takes pushes from one thread at a time; this class serialises them with a lock that
 * is held only while pushes are posted, never while user code runs.
 */
public final class Sst {

    private final FabricGroup fabric;
    private final SstLayout layout;
    private final int me;
    private final ReentrantLock pushLock = new ReentrantLock();
    // Dirty range: touched by the predicate thread only.
    private long dirtyFrom = Long.MAX_VALUE;
    private long dirtyTo;

    public Sst(FabricGroup fabric, SstLayout layout) {
        if (fabric.layout().rowBytes() < layout.rowBytes()) {
            throw new IllegalArgumentException("fabric: rows of " + fabric.layout().rowBytes()
                    + " bytes are smaller than the table's " + layout.rowBytes());
        }
        if (fabric.members() != layout.members()) {
            throw new IllegalArgumentException("fabric: " + fabric.members() + " members, the table has "
                    + layout.members());
        }
        this.fabric = fabric;
        this.layout = layout;
        this.me = fabric.myRank();
    }

    public FabricGroup fabric() {
        return fabric;
    }

    public SstLayout layout() {
        return layout;
    }

    public int myRank() {
        return me;
    }

    public int members() {
        return layout.members();
    }

    public long read(int rank, long offset) {
        return fabric.readLongAcquire(rank, offset);
    }

    /** Writes an own column (release) and adds it to the range the next {@link #pushDirty} sends. */
    public void write(long offset, long value) {
        fabric.writeLongRelease(offset, value);
        if (offset < dirtyFrom) {
            dirtyFrom = offset;
        }
        if (offset + 8 > dirtyTo) {
            dirtyTo = offset + 8;
        }
    }

    /** Monotonic write: counters only grow, so a smaller value is a bug in the caller. */
    public void advance(long offset, long value) {
        long current = fabric.readLongAcquire(me, offset);
        if (value < current) {
            throw new IllegalStateException("counter at " + offset + " would go back from " + current + " to "
                    + value);
        }
        if (value != current) {
            write(offset, value);
        }
    }

    /** Pushes the columns written since the last call to every peer; returns whether it pushed. */
    public boolean pushDirty() {
        if (dirtyTo == 0) {
            return false;
        }
        long from = dirtyFrom;
        long length = dirtyTo - dirtyFrom;
        dirtyFrom = Long.MAX_VALUE;
        dirtyTo = 0;
        pushLock.lock();
        try {
            fabric.pushAll(from, length);
        } finally {
            pushLock.unlock();
        }
        return true;
    }

    /** Pushes two ranges to every peer, the first before the second at each (payload, then its flag). */
    public void pushInOrder(long offset1, long length1, long offset2, long length2) {
        pushLock.lock();
        try {
            for (int rank = 0; rank < layout.members(); rank++) {
                if (rank != me) {
                    fabric.push(rank, offset1, length1);
                    fabric.push(rank, offset2, length2);
                }
            }
        } finally {
            pushLock.unlock();
        }
    }

    /** Pushes one range to every peer now. */
    public void push(long offset, long length) {
        pushLock.lock();
        try {
            fabric.pushAll(offset, length);
        } finally {
            pushLock.unlock();
        }
    }
}
