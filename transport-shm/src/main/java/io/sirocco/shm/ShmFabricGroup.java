package io.sirocco.shm;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A member's view of a shared segment. Every member maps the same file, so "a peer's copy" of my row
 * is my row itself, and {@link #push} has nothing to copy. What it must still give is the Fabric's
 * ordering guarantee: bytes written before a push are visible to a peer that sees anything written
 * after it. {@link VarHandle#releaseFence()} gives exactly that:
 * <ul>
 *   <li>Java memory model: the fence orders every load and store before it before every store after
 *       it, so the compiler cannot sink payload stores below the following counter store (plain stores
 *       have no ordering of their own). Readers load counters with acquire
 *       ({@link #readLongAcquire}), which orders their later payload loads after the counter load.
 *       Release-fence-then-store pairs with acquire-load like a release store does.</li>
 *   <li>x86-64 (TSO): stores become visible to other cores in program order and loads are not
 *       reordered with older loads, so both the release fence and the acquire load compile to no
 *       instruction at all: they only restrain the JIT. The memory is the same physical pages in every
 *       process, kept coherent by the hardware, so what holds between threads holds between processes.
 *       On weaker CPUs (AArch64) the fence is a {@code dmb ish} and the acquire an {@code ldar}, which
 *       give the same order.</li>
 * </ul>
 * A store buffer drains within nanoseconds without any instruction, so no full fence is needed for
 * timeliness either. No allocation on the push and read paths: rows are sliced once at open.
 */
final class ShmFabricGroup implements FabricGroup {
    private static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final GroupLayout layout;
    private final SegmentFile file;
    private final MemorySegment memory;
    private final MemorySegment[] rows;
    private final long[] rowBase;
    private final long myRowBase;
    private final long rowBytes;
    private final PeerWatch peers;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ShmFabricGroup(GroupLayout layout, SegmentFile file) {
        this.layout = layout;
        this.file = file;
        this.memory = file.memory;
        this.rowBytes = layout.rowBytes();
        int members = layout.members();
        rows = new MemorySegment[members];
        rowBase = new long[members];
        for (int r = 0; r < members; r++) {
            rowBase[r] = file.geometry.row(r);
            rows[r] = memory.asSlice(rowBase[r], rowBytes);
        }
        myRowBase = rowBase[layout.myRank()];
        peers = new PeerWatch(memory, file.geometry, layout);
    }

    static ShmFabricGroup open(Path directory, GroupLayout layout) throws FabricException {
        Path path = SegmentNames.path(directory, layout.group(), layout.viewId());
        return new ShmFabricGroup(layout, SegmentFile.attach(path, SegmentGeometry.of(layout), layout.myRank()));
    }

    /** The segment file, for diagnostics. */
    Path path() {
        return file.path;
    }

    @Override
    public GroupLayout layout() {
        return layout;
    }

    @Override
    public MemorySegment row(int rank) {
        return rows[checkRank(rank)];
    }

    @Override
    public long readLongAcquire(int rank, long offset) {
        return (long) LONG.getAcquire(memory, rowBase[checkRank(rank)] + checkWord(offset));
    }

    @Override
    public void writeLongRelease(long offset, long value) {
        LONG.setRelease(memory, myRowBase + checkWord(offset), value);
    }

    @Override
    public void push(int rank, long offset, long length) {
        checkRank(rank);
        checkRange(offset, length);
        VarHandle.releaseFence(); // the memory is shared: ordering is all a push has to add (see above)
    }

    @Override
    public void pushAll(long offset, long length) {
        checkRange(offset, length);
        VarHandle.releaseFence();
    }

    @Override
    public boolean failed(int rank) {
        return peers.failed(checkRank(rank));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            file.detach();
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("shm ").append(file.path).append(" rank ").append(layout.myRank());
        if (closed.get()) {
            return text.append(" (closed)").toString(); // unmapped: the slots cannot be read any more
        }
        text.append(" slots (pid:state) [");
        for (int r = 0; r < rows.length; r++) {
            long slot = file.geometry.slot(r);
            text.append(r == 0 ? "" : ", ").append(memory.get(ValueLayout.JAVA_LONG, slot + SegmentGeometry.SLOT_PID))
                    .append(':').append(memory.get(ValueLayout.JAVA_LONG, slot + SegmentGeometry.SLOT_STATE));
        }
        return text.append(']').toString();
    }

    private int checkRank(int rank) {
        if (rank < 0 || rank >= rows.length) {
            throw new IllegalArgumentException("rank: " + rank + " is not a rank of " + rows.length + " members");
        }
        return rank;
    }

    private long checkWord(long offset) {
        if (offset < 0 || offset > rowBytes - 8 || (offset & 7) != 0) {
            throw new IllegalArgumentException("offset: " + offset + " is not an 8-byte aligned word of a "
                    + rowBytes + "-byte row");
        }
        return offset;
    }

    private void checkRange(long offset, long length) {
        if (offset < 0 || offset > rowBytes) {
            throw new IllegalArgumentException("offset: " + offset + " is outside a " + rowBytes + "-byte row");
        }
        if (length < 0 || length > rowBytes - offset) {
            throw new IllegalArgumentException("length: " + length + " from offset " + offset + " runs past a "
                    + rowBytes + "-byte row");
        }
    }
}
