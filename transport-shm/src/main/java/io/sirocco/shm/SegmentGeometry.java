package io.sirocco.shm;

import io.sirocco.stores.fabric.GroupLayout;

/**
 * Where things are in a segment file. All words are 8-byte, native byte order.
 *
 * <pre>
 * header (128 bytes)
 *   0  magic "SIROCSHM"     8  state: 0 being created, 1 complete, 2 deleted (tombstone)
 *  16  layout version      24  members            32  rowBytes          40  row stride
 *  48  rows offset         56  view id            64  layout hash       72  total bytes
 * member slots (32 bytes each, from 128): pid, start time, attach state, reserved
 * rows (from rowsOffset, every row starts on a 128-byte boundary, rowStride apart)
 * </pre>
 *
 * Rows are 128-byte aligned and padded so that two members' counters never share a cache line (nor
 * the adjacent line that x86 prefetches in pairs): false sharing would cost every write a miss.
 */
final class SegmentGeometry {
    static final long MAGIC = 0x4D48_5343_4F52_4953L; // "SIROCSHM" in little-endian bytes
    static final long VERSION = 1;

    static final long STATE_CREATING = 0;
    static final long STATE_COMPLETE = 1;
    static final long STATE_DELETED = 2;

    static final long SLOT_FREE = 0;
    static final long SLOT_ATTACHED = 1;
    static final long SLOT_DETACHED = 2;

    static final long OFF_MAGIC = 0;
    static final long OFF_STATE = 8;
    static final long OFF_VERSION = 16;
    static final long OFF_MEMBERS = 24;
    static final long OFF_ROW_BYTES = 32;
    static final long OFF_ROW_STRIDE = 40;
    static final long OFF_ROWS = 48;
    static final long OFF_VIEW = 56;
    static final long OFF_HASH = 64;
    static final long OFF_TOTAL = 72;
    static final int HEADER_BYTES = 128;

    static final int SLOT_BYTES = 32;
    static final long SLOT_PID = 0;
    static final long SLOT_START = 8;
    static final long SLOT_STATE = 16;

    static final int ALIGN = 128;
    /** A sanity bound when reading headers of unknown files (a group is far smaller). */
    static final int MAX_MEMBERS = 1 << 16;

    final int members;
    final long rowBytes;
    final long rowStride;
    final long rowsOffset;
    final long totalBytes;
    final long viewId;
    final long layoutHash;

    private SegmentGeometry(int members, long rowBytes, long viewId, long layoutHash) {
        this.members = members;
        this.rowBytes = rowBytes;
        this.rowStride = align(rowBytes);
        this.rowsOffset = align(slotsEnd(members));
        this.totalBytes = rowsOffset + members * rowStride;
        this.viewId = viewId;
        this.layoutHash = layoutHash;
    }

    static SegmentGeometry of(GroupLayout layout) {
        return new SegmentGeometry(layout.members(), layout.rowBytes(), layout.viewId(), hash(layout));
    }

    static long slotsEnd(int members) {
        return HEADER_BYTES + (long) members * SLOT_BYTES;
    }

    long slot(int rank) {
        return HEADER_BYTES + (long) rank * SLOT_BYTES;
    }

    long row(int rank) {
        return rowsOffset + rank * rowStride;
    }

    private static long align(long n) {
        return (n + ALIGN - 1) & -ALIGN;
    }

    /** FNV-1a over everything all members must agree on, so a mismatch is caught at open. */
    private static long hash(GroupLayout layout) {
        long h = 0xcbf2_9ce4_8422_2325L;
        h = mix(h, layout.group());
        h = mix(h, Long.toString(layout.viewId()));
        h = mix(h, Integer.toString(layout.rowBytes()));
        for (String locator : layout.memberLocators()) {
            h = mix(h, locator);
        }
        return h;
    }

    static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100_0000_01b3L;
        }
        return (h ^ 0xffff) * 0x100_0000_01b3L; // separator, so ("ab","c") differs from ("a","bc")
    }
}
