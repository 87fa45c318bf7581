package io.sirocco.rtps.writer;

import io.sirocco.dcps.util.LongMap;
import java.util.ArrayDeque;

/**
 * The serialized mirror of a writer's history: every change DCPS still holds, by sequence number,
 * so that retransmissions and late joiners are served without touching the DCPS writer. DCPS says
 * when a change leaves (KEEP_LAST replacement, acknowledgement, lifespan); until then the bytes
 * stay here. Guarded by the RTPS writer's lock.
 */
final class SendHistory {
    private final LongMap<CachedChange> bySequence = new LongMap<>();
    private final ArrayDeque<CachedChange> pool = new ArrayDeque<>();
    private long firstSequence = 1;
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
        bySequence.put(change.sequence, change);
        if (bySequence.size() == 1 || change.sequence < firstSequence) {
            firstSequence = change.sequence;
        }
        lastSequence = Math.max(lastSequence, change.sequence);
    }

    CachedChange get(long sequence) {
        return sequence <= 0 ? null : bySequence.get(sequence);
    }

    void remove(long sequence) {
        CachedChange change = bySequence.remove(sequence);
        if (change != null) {
            pool.addLast(change);
            if (sequence == firstSequence) {
                advanceFirst();
            }
        }
    }

    private void advanceFirst() {
        if (bySequence.size() == 0) {
            firstSequence = lastSequence + 1;
            return;
        }
        long candidate = firstSequence + 1;
        while (candidate <= lastSequence && bySequence.get(candidate) == null) {
            candidate++;
        }
        firstSequence = candidate;
    }

    /** The lowest sequence number still available (last + 1 when empty). */
    long first() {
        return bySequence.size() == 0 ? lastSequence + 1 : firstSequence;
    }

    /** The highest sequence number written (whether or not still available). */
    long last() {
        return lastSequence;
    }

    /** Records a sequence number that was written but not kept (so heartbeats announce it). */
    void written(long sequence) {
        lastSequence = Math.max(lastSequence, sequence);
        if (bySequence.size() == 0) {
            firstSequence = lastSequence + 1;
        }
    }

    int size() {
        return bySequence.size();
    }
}
