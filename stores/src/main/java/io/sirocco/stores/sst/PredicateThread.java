package io.sirocco.stores.sst;

import java.util.List;
import java.util.Objects;

/**
 * The one thread per group that evaluates the table's predicates in a loop, in registration order,
 * and idles by its {@link IdleStrategy} when a whole pass found nothing. If a predicate throws, the
 * thread stops and keeps the error for {@link #failure()} (the group then reports it to callers).
 */
public final class PredicateThread implements AutoCloseable {

    private final List<SstPredicate> predicates;
    private final IdleStrategy idle;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Throwable failure;

    public PredicateThread(String name, IdleStrategy idle, List<SstPredicate> predicates) {
        Objects.requireNonNull(name, "name");
        this.idle = Objects.requireNonNull(idle, "idle");
        this.predicates = List.copyOf(predicates);
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::loop);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        SstPredicate[] all = predicates.toArray(SstPredicate[]::new);
        try {
            while (running) {
                int work = 0;
                for (SstPredicate p : all) {
                    work += p.poll();
                }
                idle.idle(work);
            }
        } catch (Throwable t) {
            failure = t;
            running = false;
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Why the thread stopped on its own, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Whether the caller is this predicate thread (delivery callbacks run on it). */
    public boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    /** Stops the loop and waits for it, unless called from the predicate thread itself. */
    @Override
    public void close() {
        running = false;
        if (Thread.currentThread() != thread && thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
