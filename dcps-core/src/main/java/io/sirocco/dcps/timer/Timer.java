package io.sirocco.dcps.timer;

/** A reusable timer of an {@link EventScheduler}: arm it for a time, and it runs its action once. */
public final class Timer {
    /** Delays from here on are treated as "never" (DDS infinite durations). */
    private static final long NEVER_NANOS = 100L * 365 * 24 * 3600 * 1_000_000_000L;

    private final EventScheduler scheduler;
    final String name;
    final Runnable action;
    volatile long due;
    volatile boolean queued;

    Timer(EventScheduler scheduler, String name, Runnable action) {
        this.scheduler = scheduler;
        this.name = name;
        this.action = action;
    }

    /**
     * Runs the action at {@code dueNanoTime} ({@link System#nanoTime()} scale). Arming an armed timer
     * for a later time keeps the earlier time: actions re-arm themselves for whatever comes next.
     */
    public void armAt(long dueNanoTime) {
        if (queued && due - dueNanoTime <= 0) {
            return; // already armed for an earlier time: skip the scheduler's lock on hot paths
        }
        scheduler.arm(this, dueNanoTime);
    }

    /** Runs the action after {@code delayNanos}; a delay of a century or more (infinite) never fires. */
    public void armIn(long delayNanos) {
        if (delayNanos >= NEVER_NANOS) {
            return;
        }
        scheduler.arm(this, System.nanoTime() + delayNanos);
    }

    public void disarm() {
        scheduler.disarm(this);
    }

    @Override
    public String toString() {
        return "Timer[" + name + "]";
    }
}
