package io.sirocco.stores.fabric.tiered;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;

/**
 * One member's region on a tiered fabric. Rows of members on this host (and this member's own row)
 * are the near group's; rows of members elsewhere are this member's copies in the far group, which
 * their pushes update. A push to a member elsewhere first copies the pushed range of this member's
 * row into the far group's copy of it, then pushes that: the far fabric sends from its own memory.
 *
 * <p>The copy goes one aligned word at a time, each read with acquire and written with release, so a
 * counter is never torn and bytes written before a counter are copied with it (the far fabric reads
 * its row the same way). Nothing is allocated per push.
 */
final class TieredFabricGroup implements FabricGroup {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final GroupLayout layout;
    private final FabricGroup near;
    private final FabricGroup far;
    /** Each rank's rank in the near group, or -1 when the far group holds its row. */
    private final int[] nearRank;
    private final int[] farPeers;
    private final FabricGroup mine;
    private final MemorySegment myRow;
    private final MemorySegment myFarCopy;

    TieredFabricGroup(GroupLayout layout, FabricGroup near, FabricGroup far, int[] nearRank) {
        this.layout = layout;
        this.near = near;
        this.far = far;
        this.nearRank = nearRank;
        int me = layout.myRank();
        this.farPeers = java.util.stream.IntStream.range(0, nearRank.length)
                .filter(r -> r != me && nearRank[r] < 0).toArray();
        this.mine = nearRank[me] >= 0 ? near : far;
        this.myRow = mine.row(mine.myRank());
        this.myFarCopy = far != null && mine != far ? far.row(me) : null;
    }

    @Override
    public GroupLayout layout() {
        return layout;
    }

    @Override
    public MemorySegment row(int rank) {
        int n = nearRank[rank];
        return n >= 0 ? near.row(n) : far.row(rank);
    }

    @Override
    public long readLongAcquire(int rank, long offset) {
        int n = nearRank[rank];
        return n >= 0 ? near.readLongAcquire(n, offset) : far.readLongAcquire(rank, offset);
    }

    @Override
    public void writeLongRelease(long offset, long value) {
        mine.writeLongRelease(offset, value);
    }

    @Override
    public void push(int rank, long offset, long length) {
        int n = nearRank[rank];
        if (n >= 0) {
            near.push(n, offset, length);
        } else if (rank != layout.myRank()) {
            copyToFar(offset, length);
            far.push(rank, offset, length);
        }
    }

    @Override
    public void pushAll(long offset, long length) {
        if (near != null) {
            near.pushAll(offset, length);
        }
        if (farPeers.length > 0) {
            copyToFar(offset, length);
            for (int rank : farPeers) {
                far.push(rank, offset, length);
            }
        }
    }

    private void copyToFar(long offset, long length) {
        if (myFarCopy == null) {
            return; // this member's row is the far group's own
        }
        long p = offset;
        long end = offset + length;
        for (; p < end && (p & 7) != 0; p++) {
            myFarCopy.set(ValueLayout.JAVA_BYTE, p, myRow.get(ValueLayout.JAVA_BYTE, p));
        }
        for (; p + 8 <= end; p += 8) {
            LONG.setRelease(myFarCopy, p, (long) LONG.getAcquire(myRow, p));
        }
        for (; p < end; p++) {
            myFarCopy.set(ValueLayout.JAVA_BYTE, p, myRow.get(ValueLayout.JAVA_BYTE, p));
        }
    }

    @Override
    public boolean failed(int rank) {
        int n = nearRank[rank];
        return n >= 0 ? near.failed(n) : far.failed(rank);
    }

    @Override
    public void close() {
        try {
            if (near != null) {
                near.close();
            }
        } finally {
            if (far != null) {
                far.close();
            }
        }
    }

    @Override
    public String toString() {
        return "tiered rank " + layout.myRank() + " [near: " + near + "; far: " + far + "]";
    }
}
