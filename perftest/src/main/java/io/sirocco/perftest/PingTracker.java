package io.sirocco.perftest;

import java.util.concurrent.locks.LockSupport;

/**
 * The one ping a publisher has in flight: the sending loop marks it sent and (in a latency test)
 * waits for its echo, the thread that delivers echoes marks it answered. The waiter spins briefly
 * before parking: an echo on loopback often comes back within the spin, and waking a parked thread
 * would add its own latency to every round trip. A ping that is not answered within
 * {@link #TIMEOUT_NANOS} (best effort may lose it) is given up.
 */
final class PingTracker {
    static final long TIMEOUT_NANOS = 1_000_000_000L;
    private static final long NONE = Long.MIN_VALUE;

    private final long spinNanos;
    private volatile long sentAt = NONE;
    private volatile Thread parked;

    /** @param spinNanos how long {@link #awaitAnswer} spins before parking */
    PingTracker(long spinNanos) {
        this.spinNanos = spinNanos;
    }

    /** Whether a new ping may go out now: none is in flight, or the one in flight timed out. */
    boolean mayPing(long now) {
        long sent = sentAt;
        return sent == NONE || now - sent > TIMEOUT_NANOS;
    }

    /** Marks a ping sent (before writing it: its echo can come back before write returns). */
    void sent(long now) {
        sentAt = now;
    }

    /**
     * Called on an echo's arrival with the timestamp it carries: it answers the ping in flight if it
     * is that ping's (a late echo of a ping given up does not).
     */
    void answered(long timestamp) {
        if (sentAt != timestamp) {
            return;
        }
        sentAt = NONE;
        Thread waiter = parked;
        if (waiter != null) {
            LockSupport.unpark(waiter);
        }
    }

    /** Waits until the ping in flight is answered or timed out; whether it was answered. */
    boolean awaitAnswer() {
        long start = System.nanoTime();
        while (sentAt != NONE) {
            long waited = System.nanoTime() - start;
            if (waited > TIMEOUT_NANOS) {
                sentAt = NONE;
                return false;
            }
            if (waited < spinNanos) {
                Thread.onSpinWait();
                continue;
            }
            parked = Thread.currentThread();
            if (sentAt != NONE) {
                LockSupport.parkNanos(this, 1_000_000L);
            }
            parked = null;
        }
        return true;
    }
}
