package io.sirocco.stores.fabric.local;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The "wire" of one view of a group in this JVM: every member's own copy of every row, plus the
 * failure-injection state. A push copies a byte range of the sender's row (in the sender's copy) into
 * the receiver's copy of that row, synchronously, with every aligned 8-byte word stored with release
 * in ascending address order; since one member posts its pushes from one thread at a time, pushes to
 * a peer take effect in post order, as the Fabric contract requires.
 */
public final class LocalFabric {

    private static final ConcurrentMap<String, LocalFabric> WIRES = new ConcurrentHashMap<>();
    static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();

    private final String key;
    private final int members;
    private final int rowBytes;
    /** copies[holder][owner]: member {@code holder}'s copy of member {@code owner}'s row. */
    private final MemorySegment[][] copies;
    private final AtomicIntegerArray crashed;
    /** cut[a * members + b] != 0: pushes from a to b are dropped and each sees the other failed. */
    private final AtomicIntegerArray cut;
    private int open;

    private LocalFabric(String key, int members, int rowBytes) {
        this.key = key;
        this.members = members;
        this.rowBytes = rowBytes;
        // Auto arena: a stray push after close can never touch freed memory.
        Arena arena = Arena.ofAuto();
        copies = new MemorySegment[members][members];
        for (int holder = 0; holder < members; holder++) {
            for (int owner = 0; owner < members; owner++) {
                copies[holder][owner] = arena.allocate(rowBytes, 64);
            }
        }
        crashed = new AtomicIntegerArray(members);
        cut = new AtomicIntegerArray(members * members);
    }

    /** The wire for {@code group}'s view {@code viewId}, if some member has it open. */
    public static LocalFabric find(String group, long viewId) {
        return WIRES.get(key(group, viewId));
    }

    static LocalFabric attach(String group, long viewId, int members, int rowBytes) {
        String key = key(group, viewId);
        LocalFabric wire = WIRES.computeIfAbsent(key, k -> new LocalFabric(k, members, rowBytes));
        synchronized (wire) {
            if (wire.members != members || wire.rowBytes != rowBytes) {
                throw new IllegalArgumentException("layout: view " + key + " is open with " + wire.members
                        + " members of " + wire.rowBytes + " bytes, not " + members + " of " + rowBytes);
            }
            wire.open++;
        }
        return wire;
    }

    void detach() {
        synchronized (this) {
            if (--open > 0) {
                return;
            }
        }
        WIRES.remove(key, this);
    }

    private static String key(String group, long viewId) {
        return group + '#' + viewId;
    }

    public int members() {
        return members;
    }

    MemorySegment copy(int holder, int owner) {
        return copies[holder][owner];
    }

    /** Member {@code rank} crashes: its pushes stop and every peer sees it failed. */
    public void crash(int rank) {
        crashed.set(rank, 1);
    }

    /** Cuts every link between {@code side} and the other members, both ways (a network partition). */
    public void partition(int... side) {
        boolean[] in = new boolean[members];
        for (int r : side) {
            in[r] = true;
        }
        for (int a = 0; a < members; a++) {
            for (int b = 0; b < members; b++) {
                if (in[a] != in[b]) {
                    cut.set(a * members + b, 1);
                }
            }
        }
    }

    boolean linkDown(int from, int to) {
        return crashed.get(from) != 0 || crashed.get(to) != 0 || cut.get(from * members + to) != 0;
    }

    void push(int from, int to, long offset, long length) {
        if (linkDown(from, to)) {
            return;
        }
        copyOrdered(copies[from][from], copies[to][from], offset, offset + length);
    }

    /** Copies ascending; aligned words with a release store so a reader never sees a torn word. */
    private static void copyOrdered(MemorySegment src, MemorySegment dst, long from, long end) {
        long p = from;
        while (p < end && (p & 7) != 0) {
            dst.set(ValueLayout.JAVA_BYTE, p, src.get(ValueLayout.JAVA_BYTE, p));
            p++;
        }
        for (; p + 8 <= end; p += 8) {
            LONG.setRelease(dst, p, (long) LONG.get(src, p));
        }
        for (; p < end; p++) {
            dst.set(ValueLayout.JAVA_BYTE, p, src.get(ValueLayout.JAVA_BYTE, p));
        }
    }
}
