package io.sirocco.stores.sst;

import java.util.concurrent.locks.LockSupport;

/** Spins, then yields, then parks for a time that doubles up to a maximum: low CPU when idle. */
public final class BackoffIdleStrategy implements IdleStrategy {

    private final int maxSpins;
    private final int maxYields;
    private final long minParkNanos;
    private final long maxParkNanos;
    private int spins;
    private int yields;
    private long parkNanos;

    public BackoffIdleStrategy(int maxSpins, int maxYields, long minParkNanos, long maxParkNanos) {
        if (maxSpins < 0) {
            throw new IllegalArgumentException("maxSpins: " + maxSpins + " is negative");
        }
        if (maxYields < 0) {
            throw new IllegalArgumentException("maxYields: " + maxYields + " is negative");
        }
        if (minParkNanos < 1) {
            throw new IllegalArgumentException("minParkNanos: " + minParkNanos + " is not positive");
        }
        if (maxParkNanos < minParkNanos) {
            throw new IllegalArgumentException("maxParkNanos: " + maxParkNanos + " is below minParkNanos "
                    + minParkNanos);
        }
        this.maxSpins = maxSpins;
        this.maxYields = maxYields;
        this.minParkNanos = minParkNanos;
        this.maxParkNanos = maxParkNanos;
        this.parkNanos = minParkNanos;
    }

    /** 100 spins, 50 yields, then parks from 1 µs up to 1 ms. */
    public BackoffIdleStrategy() {
        this(100, 50, 1_000, 1_000_000);
    }

    @Override
    public void idle() {
        if (spins < maxSpins) {
            spins++;
            Thread.onSpinWait();
        } else if (yields < maxYields) {
            yields++;
            Thread.yield();
        } else {
            LockSupport.parkNanos(parkNanos);
            parkNanos = Math.min(parkNanos << 1, maxParkNanos);
        }
    }

    @Override
    public void reset() {
        spins = 0;
        yields = 0;
        parkNanos = minParkNanos;
    }
}
