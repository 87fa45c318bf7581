package io.sirocco.stores.group;

import io.sirocco.stores.fabric.local.LocalFabricGroup;
import io.sirocco.stores.fabric.local.LocalFabrics;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * n group members on the local fabric, each recording what it delivers as
 * {@code senderRank << 32 | counter}, where the counter is the first 4 bytes of the payload.
 */
final class Members implements AutoCloseable {

    final MulticastGroup[] groups;
    final LocalFabricGroup[] fabrics;
    final Recorder[] recorders;

    Members(int n, GroupConfig config) throws Exception {
        this(n, config, null);
    }

    Members(int n, GroupConfig config, DeliveryHandler extra) throws Exception {
        fabrics = LocalFabrics.open(n, MulticastGroup.rowBytes(config, n));
        groups = new MulticastGroup[n];
        recorders = new Recorder[n];
        for (int r = 0; r < n; r++) {
            recorders[r] = new Recorder(r == 1 ? extra : null);
            groups[r] = MulticastGroup.start(fabrics[r], config, recorders[r]);
        }
    }

    /** Sends {@code count} messages of {@code size} bytes (≥ 4) from rank {@code r}, in place. */
    static void send(MulticastGroup g, int count, int size) {
        for (int i = 0; i < count; i++) {
            var slot = g.claim();
            slot.payload().set(ValueLayout.JAVA_INT_UNALIGNED, 0, i);
            g.commit(slot, size);
        }
    }

    /** Waits until every member delivered {@code total} messages (or a group failed). */
    void awaitDelivered(long total) throws InterruptedException {
        for (int r = 0; r < groups.length; r++) {
            while (recorders[r].count() < total) {
                if (!groups[r].isRunning()) {
                    throw new AssertionError("member " + r + " stopped", groups[r].failure());
                }
                Thread.sleep(1);
            }
        }
    }

    @Override
    public void close() {
        for (MulticastGroup g : groups) {
            g.close();
        }
    }

    static final class Recorder implements DeliveryHandler {
        private final DeliveryHandler extra;
        private long[] seen = new long[1 << 16];
        private final long[] lastSeq = {-1};
        private volatile int count;

        Recorder(DeliveryHandler extra) {
            this.extra = extra;
        }

        @Override
        public void deliver(int senderRank, long index, long globalSeq, MemorySegment row, long offset, int length) {
            if (extra != null) {
                extra.deliver(senderRank, index, globalSeq, row, offset, length);
            }
            if (globalSeq >= 0 && globalSeq <= lastSeq[0]) {
                throw new AssertionError("global sequence " + globalSeq + " after " + lastSeq[0]);
            }
            lastSeq[0] = Math.max(lastSeq[0], globalSeq);
            int c = count;
            if (c == seen.length) {
                seen = Arrays.copyOf(seen, c * 2);
            }
            int counter = length >= 4 ? row.get(ValueLayout.JAVA_INT_UNALIGNED, offset) : -1;
            seen[c] = ((long) senderRank << 32) | (counter & 0xFFFF_FFFFL);
            count = c + 1;
        }

        int count() {
            return count;
        }

        long[] delivered() {
            return Arrays.copyOf(seen, count);
        }
    }
}
