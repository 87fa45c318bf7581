package io.sirocco.perftest;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces the publisher: {@code -pubRate N} spreads samples at 1/N s (spinning, or sleeping with
 * {@code :sleep}), {@code -sleep ms} waits after each sample. Without either, it does nothing.
 */
final class Pacer {
    private final long periodNanos;
    private final boolean spin;
    private final long sleepMillis;
    private long next;

    Pacer(PerftestOptions options) {
        PubRate rate = options.pubRate();
        this.periodNanos = rate == null ? 0 : rate.periodNanos();
        this.spin = rate == null || rate.spin();
        this.sleepMillis = options.sleepMillis();
    }

    /** Restarts the schedule (after warm-up). */
    void start() {
        next = System.nanoTime();
    }

    /** Waits until the next sample is due. */
    void beforeSample() {
        if (periodNanos == 0) {
            return;
        }
        long now = System.nanoTime();
        if (next == 0) {
            next = now;
        }
        while (now < next) {
            if (spin) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(next - now);
            }
            now = System.nanoTime();
        }
        next += periodNanos;
        if (now - next > 1_000_000_000L) {
            next = now; // far behind (a stall): do not burst to catch up a whole second
        }
    }

    /** Waits after a sample, for {@code -sleep}. */
    void afterSample() throws InterruptedException {
        if (sleepMillis > 0) {
            Thread.sleep(sleepMillis);
        }
    }
}
