package io.sirocco.dcps.sub;

import io.sirocco.dcps.util.KeyedIndex;
import org.omg.dds.sub.InstanceState;

/**
 * One instance (key value) in a reader's cache: its states, generation counts, the writers that
 * keep it alive, its exclusive owner, and its samples in arrival order. Guarded by the cache lock.
 */
final class ReaderInstance<T> implements KeyedIndex.Entry<T> {
    static final int ALIVE = InstanceState.ALIVE.value;
    static final int DISPOSED = InstanceState.NOT_ALIVE_DISPOSED.value;
    static final int NO_WRITERS = InstanceState.NOT_ALIVE_NO_WRITERS.value;

    final long handle;
    final T key;
    int state = ALIVE;
    boolean viewNew = true;
    int disposedGeneration;
    int noWritersGeneration;

    /** Publication handles of the writers that registered the instance and did not unregister. */
    long[] writers = new long[2];
    int writerCount;

    /** Exclusive ownership: the owning writer's handle (0 = none) and strength. */
    long owner;
    int ownerStrength;

    long lastSourceTimestamp = Long.MIN_VALUE;
    long lastAcceptedNanoTime = Long.MIN_VALUE;
    /** When the last sample arrived ({@link System#nanoTime()}), for the requested deadline. */
    long lastArrivalNanoTime;
    /** When the instance became not alive, for the auto-purge delays. */
    long notAliveSinceNanoTime;
    /** Deadline periods missed since the last sample: the status counts each period once. */
    long deadlineMissedUpTo;

    SampleSlot<T> firstSample;
    SampleSlot<T> lastSample;
    int sampleCount;

    /** Scratch fields of the rank computation of one read/take (see ReaderCache#snapshot). */
    int rankEpoch;
    int rankCount;
    int mostRecentGenerationSum;
    /** The owner's GUID order key, for equal-strength tie breaks. */
    io.sirocco.dcps.core.Guid ownerGuid;

    /** Instances in handle order (creation order), for the next-instance operations. */
    ReaderInstance<T> previous;
    ReaderInstance<T> next;

    ReaderInstance(long handle, T key) {
        this.handle = handle;
        this.key = key;
    }

    @Override
    public T keyHolder() {
        return key;
    }

    boolean hasWriter(long writer) {
        for (int i = 0; i < writerCount; i++) {
            if (writers[i] == writer) {
                return true;
            }
        }
        return false;
    }

    void addWriter(long writer) {
        if (hasWriter(writer)) {
            return;
        }
        if (writerCount == writers.length) {
            writers = java.util.Arrays.copyOf(writers, writerCount * 2);
        }
        writers[writerCount++] = writer;
    }

    /** Removes a writer; returns whether it was registered. */
    boolean removeWriter(long writer) {
        for (int i = 0; i < writerCount; i++) {
            if (writers[i] == writer) {
                writers[i] = writers[--writerCount];
                return true;
            }
        }
        return false;
    }

    boolean isAlive() {
        return state == ALIVE;
    }

    int generationSum() {
        return disposedGeneration + noWritersGeneration;
    }

    /** Whether a sample that has not been read is in the cache. */
    boolean hasUnreadSample() {
        for (SampleSlot<T> s = firstSample; s != null; s = s.nextInInstance) {
            if (!s.read) {
                return true;
            }
        }
        return false;
    }
}
