package io.sirocco.shm;

import static io.sirocco.shm.SegmentGeometry.*;

import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * The per-peer failure signal. A peer has failed once its slot says it detached (read on every call:
 * one acquire load) or once its process is gone or its pid belongs to a newer process (looked up in
 * /proc at most every {@link #RECHECK_NANOS}, so calling {@link #failed} in a spin loop stays cheap).
 * Before a peer attaches, the pid and start time from its locator are checked instead, so a member
 * that dies before opening the segment is noticed too. Failure is final.
 *
 * <p>Thread safety: any thread may call {@link #failed}; the caches are racy but monotonic (a race
 * costs at most one extra lookup).
 */
final class PeerWatch {
    static final long RECHECK_NANOS = 5_000_000;
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final ValueLayout.OfLong PLAIN = ValueLayout.JAVA_LONG_UNALIGNED;

    private final MemorySegment memory;
    private final SegmentGeometry geometry;
    private final int myRank;
    private final long[] locatorPid;
    private final long[] locatorStart;
    private final long[] nextCheck;
    private final boolean[] dead;

    PeerWatch(MemorySegment memory, SegmentGeometry geometry, GroupLayout layout) {
        this.memory = memory;
        this.geometry = geometry;
        this.myRank = layout.myRank();
        int members = layout.members();
        locatorPid = new long[members];
        locatorStart = new long[members];
        nextCheck = new long[members];
        dead = new boolean[members];
        for (int r = 0; r < members; r++) {
            ShmLocator locator = ShmLocator.parse(layout.memberLocators().get(r));
            locatorPid[r] = locator == null ? 0 : locator.pid();
            locatorStart[r] = locator == null ? 0 : locator.startTime();
        }
    }

    boolean failed(int rank) {
        if (dead[rank]) {
            return true;
        }
        if (rank == myRank) {
            return false;
        }
        long slot = geometry.slot(rank);
        long state = (long) LONG.getAcquire(memory, slot + SLOT_STATE);
        if (state == SLOT_DETACHED) {
            dead[rank] = true;
            return true;
        }
        long now = System.nanoTime();
        if (now - nextCheck[rank] < 0) {
            return false;
        }
        nextCheck[rank] = now + RECHECK_NANOS;
        long pid = state == SLOT_ATTACHED ? memory.get(PLAIN, slot + SLOT_PID) : locatorPid[rank];
        long start = state == SLOT_ATTACHED ? memory.get(PLAIN, slot + SLOT_START) : locatorStart[rank];
        if (pid != 0 && !Processes.alive(pid, start)) {
            dead[rank] = true;
            return true;
        }
        return false;
    }
}
