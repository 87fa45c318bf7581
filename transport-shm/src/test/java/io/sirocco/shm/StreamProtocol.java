package io.sirocco.shm;

import io.sirocco.stores.fabric.FabricGroup;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A miniature SMC used by the tests: each sender has a ring of {@link #WINDOW} slots of four words
 * and a counter; it writes a slot, pushes it, releases the counter and pushes that. The reader checks
 * every message's words against its number, acknowledges in its own row, and senders never get more
 * than a window ahead. A torn or reordered write shows up as a wrong word for a counted message.
 */
final class StreamProtocol {
    static final int WINDOW = 32;
    static final long COUNTER = 0;
    static final long SLOTS = 64;
    static final int SLOT = 32;
    static final int WORDS = SLOT / 8;
    static final int ROW_BYTES = (int) SLOTS + WINDOW * SLOT;

    private StreamProtocol() {
    }

    static long ackOffset(int sender) {
        return 8L * sender;
    }

    static long word(long message, int k) {
        return message * 0x9E37_79B9_7F4A_7C15L + k;
    }

    /** Sends messages 1..n to {@code reader} and waits until it has acknowledged all of them. */
    static void write(FabricGroup group, int reader, long n, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        MemorySegment row = group.row(group.myRank());
        long ack = ackOffset(group.myRank());
        long acked = 0;
        for (long m = 1; m <= n; m++) {
            for (int spins = 0; m - acked > WINDOW; spins++) {
                acked = group.readLongAcquire(reader, ack);
                idle(spins, group, reader, deadline, "waiting for window at message " + m);
            }
            long base = SLOTS + ((m - 1) % WINDOW) * SLOT;
            for (int k = 0; k < WORDS; k++) {
                row.set(ValueLayout.JAVA_LONG, base + 8L * k, word(m, k));
            }
            group.push(reader, base, SLOT);
            group.writeLongRelease(COUNTER, m);
            group.push(reader, COUNTER, 8);
        }
        for (int spins = 0; group.readLongAcquire(reader, ack) < n; spins++) {
            idle(spins, group, reader, deadline, "waiting for the last acknowledgement");
        }
    }

    /** Receives messages 1..n from each of {@code senders}, checking each one; fails on any error. */
    static void read(FabricGroup group, int[] senders, long n, long timeoutNanos) {
        long deadline = System.nanoTime() + timeoutNanos;
        long[] seen = new long[group.members()];
        int done = 0;
        for (int spins = 0; done < senders.length; ) {
            boolean progress = false;
            done = 0;
            for (int s : senders) {
                long count = group.readLongAcquire(s, COUNTER);
                if (count < seen[s] || count > seen[s] + WINDOW) {
                    throw new AssertionError("sender " + s + " counter " + count + " after " + seen[s]
                            + ": outside the window");
                }
                MemorySegment row = group.row(s);
                for (long m = seen[s] + 1; m <= count; m++) {
                    long base = SLOTS + ((m - 1) % WINDOW) * SLOT;
                    for (int k = 0; k < WORDS; k++) {
                        long value = row.get(ValueLayout.JAVA_LONG, base + 8L * k);
                        if (value != word(m, k)) {
                            throw new AssertionError("sender " + s + " message " + m + " word " + k + ": expected "
                                    + word(m, k) + " but read " + value + " (counter " + count + ")");
                        }
                    }
                }
                if (count > seen[s]) {
                    seen[s] = count;
                    group.writeLongRelease(ackOffset(s), count);
                    group.push(s, ackOffset(s), 8);
                    progress = true;
                }
                if (seen[s] == n) {
                    done++;
                }
            }
            if (progress) {
                spins = 0;
            } else {
                for (int s : senders) {
                    if (seen[s] < n) {
                        idle(spins, group, s, deadline, "waiting for sender " + s + " after message " + seen[s]);
                    }
                }
                spins++;
            }
        }
    }

    private static void idle(int spins, FabricGroup group, int peer, long deadline, String what) {
        if (spins < 100) {
            Thread.onSpinWait();
            return;
        }
        Thread.yield(); // two cores, three spinners: let the others run
        if ((spins & 1023) == 0) {
            if (group.failed(peer)) {
                throw new AssertionError("peer " + peer + " failed while " + what);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out " + what);
            }
        }
    }
}
