package io.sirocco.rtps.writer;

import io.sirocco.dcps.util.LongMap;
import java.util.ArrayDeque;

/**
 * The serialized mirror of a writer's history: every change DCPS still holds, by sequence number,
 * so that retransmissions and late joiners are served without touching the DCPS writer. DCPS says
 * when a change leaves (KEEP_LAST replacement, acknowledgement, lifespan); until then the bytes
 * stay here. Guarded by the RTPS writer's lock.
 *
 * <p>Sequence numbers arrive in order and mostly leave in order, so the changes live in a ring
 * indexed by sequence number (no hashing, neighbours adjacent in memory). The ring covers the
 * sequence numbers from {@code ringFirst} to the last one written, and grows up to
 * {@value #MAX_RING} slots; a change older than that window (a KEEP_LAST instance not written
 * for a long time while others are) moves to a map of stragglers, so one old change cannot make
 * the ring grow without bound.
 */
final class SendHistory {
    private static final int MAX_RING = 1 << 16;

    private CachedChange[] ring = new CachedChange[64];
    private int mask = ring.length - 1;
    /** No change in the ring is older than this; the oldest one in it when it is not empty. */
    private long ringFirst = 1;
    private int ringCount;
    private final LongMap<CachedChange> stragglers = new LongMap<>();
    /** The oldest straggler (valid while there are stragglers). */
    private long oldestStraggler;
    private final ArrayDeque<CachedChange> pool = new ArrayDeque<>();
    private long lastSequence;

    CachedChange newChange(long sequence) {
        CachedChange change = pool.pollLast();
        if (change == null) {
            change = new CachedChange();
        }
        change.sequence = sequence;
        return change;
    }

    void add(CachedChange change) {
        long sequence = change.sequence;
        if (sequence < ringFirst && (ringCount > 0 || sequence <= lastSequence)) {
            addStraggler(change);
            return;
        }
        if (ringCount == 0 && sequence > lastSequence) {
            ringFirst = sequence;
        }
        while (Math.max(sequence, lastSequence) - ringFirst + 1 > ring.length) {
            if (ring.length < MAX_RING) {
                grow();
            } else {
                evictOldest(Math.max(sequence, lastSequence) - MAX_RING + 1);
            }
        }
        int slot = (int) sequence & mask;
        if (ring[slot] == null) {
            ringCount++;
        }
        ring[slot] = change;
        lastSequence = Math.max(lastSequence, sequence);
    }

    CachedChange get(long sequence) {
        if (sequence <= 0) {
            return null;
        }
        if (sequence >= ringFirst) {
            if (sequence > lastSequence) {
                return null;
            }
            CachedChange change = ring[(int) sequence & mask];
            return change != null && change.sequence == sequence ? change : null;
        }
        return stragglers.size() == 0 ? null : stragglers.get(sequence);
    }

    void remove(long sequence) {
        CachedChange change;
        if (sequence >= ringFirst) {
            int slot = (int) sequence & mask;
            change = ring[slot];
            if (change == null || change.sequence != sequence) {
                return;
            }
            ring[slot] = null;
            ringCount--;
            if (sequence == ringFirst) {
                advanceRingFirst();
            }
        } else {
            change = stragglers.size() == 0 ? null : stragglers.remove(sequence);
            if (change == null) {
                return;
            }
            if (sequence == oldestStraggler && stragglers.size() > 0) {
                oldestStraggler = findOldestStraggler();
            }
        }
        pool.addLast(change);
    }

    /** Removes every change up to and including {@code sequence}. */
    void removeThrough(long sequence) {
        while (stragglers.size() > 0 && oldestStraggler <= sequence) {
            remove(oldestStraggler);
        }
        long end = Math.min(sequence, lastSequence);
        while (ringCount > 0 && ringFirst <= end) {
            remove(ringFirst);
        }
    }

    /** The lowest sequence number still available (last + 1 when empty). */
    long first() {
        long first = ringCount > 0 ? ringFirst : lastSequence + 1;
        return stragglers.size() > 0 ? Math.min(first, oldestStraggler) : first;
    }

    /** The highest sequence number written (whether or not still available). */
    long last() {
        return lastSequence;
    }

    int size() {
        return ringCount + stragglers.size();
    }

    private void advanceRingFirst() {
        if (ringCount == 0) {
            ringFirst = lastSequence + 1;
            return;
        }
        do {
            ringFirst++;
        } while (ring[(int) ringFirst & mask] == null);
    }

    private void grow() {
        CachedChange[] old = ring;
        ring = new CachedChange[old.length * 2];
        mask = ring.length - 1;
        for (CachedChange change : old) {
            if (change != null) {
                ring[(int) change.sequence & mask] = change;
            }
        }
    }

    /** Moves every change of the ring older than {@code newFirst} to the stragglers. */
    private void evictOldest(long newFirst) {
        for (long s = ringFirst; s < newFirst && ringCount > 0; s++) {
            int slot = (int) s & mask;
            CachedChange change = ring[slot];
            if (change != null) {
                ring[slot] = null;
                ringCount--;
                addStraggler(change);
            }
        }
        ringFirst = ringCount == 0 ? Math.max(newFirst, lastSequence + 1) : newFirst;
        if (ringCount > 0 && ring[(int) ringFirst & mask] == null) {
            ringFirst--; // advanceRingFirst starts one further
            advanceRingFirst();
        }
    }

    private void addStraggler(CachedChange change) {
        if (stragglers.size() == 0 || change.sequence < oldestStraggler) {
            oldestStraggler = change.sequence;
        }
        stragglers.put(change.sequence, change);
    }

    private long findOldestStraggler() {
        return stragglers.minKey(); // a scan, but stragglers are rare and few
    }
}
