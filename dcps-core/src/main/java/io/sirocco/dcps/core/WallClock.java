package io.sirocco.dcps.core;

import java.time.Instant;

/**
 * Source timestamps: nanoseconds since the epoch, read without allocating. The offset between the
 * wall clock and {@link System#nanoTime()} is taken once per JVM, so timestamps are monotonic and
 * cheap; a wall clock adjusted later (NTP) is not followed.
 */
public final class WallClock {
    private static final long OFFSET;

    static {
        Instant now = Instant.now();
        OFFSET = now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
    }

    private WallClock() {
    }

    /** Now, in nanoseconds since the Unix epoch. */
    public static long now() {
        return OFFSET + System.nanoTime();
    }
}
