package io.sirocco.dcps.timer;

import java.util.PriorityQueue;

/**
 * One daemon thread per environment that runs time-driven work: deadline checks, liveliness
 * leases, lifespan expiry, auto-purge. Work is held in reusable {@link Timer}s so that re-arming
 * a timer on every sample allocates nothing. Actions run without the scheduler's lock held and
 * may call listeners.
 */
public final class EventScheduler {
    private static final System.Logger LOG = System.getLogger(EventScheduler.class.getName());

    private final String threadName;
    private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) -> Long.compare(a.due, b.due));
    private Thread thread;

    public EventScheduler(String threadName) {
        this.threadName = threadName;
    }

    /** A new, unarmed timer that runs {@code action} on the event thread when it fires. */
    public Timer newTimer(String name, Runnable action) {
        return new Timer(this, name, action);
    }

    synchronized void arm(Timer timer, long dueNanoTime) {
        if (timer.queued) {
            if (timer.due <= dueNanoTime) {
                return; // already due earlier: it re-arms itself when it runs
            }
            queue.remove(timer);
        }
        timer.due = dueNanoTime;
        timer.queued = true;
        queue.add(timer);
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name(threadName).start(this::run);
        }
        notifyAll();
    }

    synchronized void disarm(Timer timer) {
        if (timer.queued) {
            queue.remove(timer);
            timer.queued = false;
        }
    }

    private void run() {
        while (true) {
            Timer next;
            synchronized (this) {
                while (true) {
                    Timer head = queue.peek();
                    long now = System.nanoTime();
                    if (head != null && head.due - now <= 0) {
                        next = queue.poll();
                        next.queued = false;
                        break;
                    }
                    try {
                        if (head == null) {
                            wait();
                        } else {
                            long waitNanos = head.due - now;
                            wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            try {
                next.action.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.WARNING, "timer " + next.name + " failed", e);
            }
        }
    }
}
