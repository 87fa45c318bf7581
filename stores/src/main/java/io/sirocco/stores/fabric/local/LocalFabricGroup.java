package io.sirocco.stores.fabric.local;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/** One member's view of a {@link LocalFabric}: its own copies of all rows. */
public final class LocalFabricGroup implements FabricGroup {

    private final GroupLayout layout;
    private final LocalFabric wire;
    private final int me;
    private final MemorySegment[] rows;
    private boolean closed;

    LocalFabricGroup(GroupLayout layout, LocalFabric wire) {
        this.layout = layout;
        this.wire = wire;
        this.me = layout.myRank();
        rows = new MemorySegment[layout.members()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = wire.copy(me, r);
        }
    }

    @Override
    public GroupLayout layout() {
        return layout;
    }

    /** The shared wire, for failure injection in tests. */
    public LocalFabric wire() {
        return wire;
    }

    /** This member crashes: its pushes stop and peers see it failed (it keeps its own memory). */
    public void crash() {
        wire.crash(me);
    }

    @Override
    public MemorySegment row(int rank) {
        return rows[Objects.checkIndex(rank, rows.length)];
    }

    @Override
    public long readLongAcquire(int rank, long offset) {
        return (long) LocalFabric.LONG.getAcquire(rows[rank], offset);
    }

    @Override
    public void writeLongRelease(long offset, long value) {
        LocalFabric.LONG.setRelease(rows[me], offset, value);
    }

    @Override
    public void push(int rank, long offset, long length) {
        if (rank != me) {
            wire.push(me, rank, offset, length);
        }
    }

    @Override
    public boolean failed(int rank) {
        return rank != me && (wire.linkDown(me, rank) || wire.linkDown(rank, me));
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            wire.detach();
        }
    }
}
