package io.sirocco.perftest;

import java.util.concurrent.locks.LockSupport;

/** Runs a task once a second on a daemon thread, from {@link #start} until {@link #close}. */
final class IntervalReporter implements AutoCloseable {
    private static final long PERIOD_NANOS = 1_000_000_000L;

    private final Thread thread;
    private volatile boolean running = true;

    IntervalReporter(String name, Runnable task) {
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(() -> {
            long next = System.nanoTime() + PERIOD_NANOS;
            while (running) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(this, wait);
                    continue;
                }
                next += PERIOD_NANOS;
                task.run();
            }
        });
    }

    IntervalReporter start() {
        thread.start();
        return this;
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
