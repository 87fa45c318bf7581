package io.sirocco.dcps.condition;

import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.error.PreconditionFailedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.omg.dds.core.Duration;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.WaitSet;

/**
 * Blocks a thread until one of its attached conditions triggers. Conditions wake the wait set
 * through {@link #wakeUp()}; a wake-up counter read before evaluating the conditions closes the
 * race between "nothing triggered" and "a condition triggered just now".
 */
public final class SiroccoWaitSet extends WaitSet {
    private final ServiceEnvironment environment;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final AtomicReference<Thread> waiter = new AtomicReference<>();
    private volatile List<org.omg.dds.core.Condition> conditions = List.of();
    private long wakeUps;

    public SiroccoWaitSet(ServiceEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public void waitForConditions() {
        try {
            waitUntil(null, NanoDuration.INFINITE_NANOS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("an infinite wait timed out", e);
        }
    }

    @Override
    public void waitForConditions(Collection<org.omg.dds.core.Condition> activeConditions) {
        requireCollection(activeConditions);
        try {
            waitUntil(activeConditions, NanoDuration.INFINITE_NANOS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("an infinite wait timed out", e);
        }
    }

    @Override
    public void waitForConditions(Duration timeout) throws TimeoutException {
        waitUntil(null, NanoDuration.nanosOf(timeout, "timeout"));
    }

    @Override
    public void waitForConditions(long timeout, TimeUnit unit) throws TimeoutException {
        waitUntil(null, toNanos(timeout, unit));
    }

    @Override
    public void waitForConditions(Collection<org.omg.dds.core.Condition> activeConditions, Duration timeout)
            throws TimeoutException {
        requireCollection(activeConditions);
        waitUntil(activeConditions, NanoDuration.nanosOf(timeout, "timeout"));
    }

    @Override
    public void waitForConditions(Collection<org.omg.dds.core.Condition> activeConditions, long timeout,
            TimeUnit unit) throws TimeoutException {
        requireCollection(activeConditions);
        waitUntil(activeConditions, toNanos(timeout, unit));
    }

    private static long toNanos(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("unit must not be null");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        return unit.toNanos(timeout);
    }

    private static void requireCollection(Collection<org.omg.dds.core.Condition> activeConditions) {
        if (activeConditions == null) {
            throw new IllegalArgumentException("activeConditions must not be null");
        }
    }

    private void waitUntil(Collection<org.omg.dds.core.Condition> active, long timeoutNanos) throws TimeoutException {
        Thread self = Thread.currentThread();
        if (!waiter.compareAndSet(null, self)) {
            throw new PreconditionFailedException(environment,
                    "another thread is already waiting on this wait set");
        }
        try {
            long deadline = timeoutNanos == NanoDuration.INFINITE_NANOS ? Long.MAX_VALUE
                    : System.nanoTime() + timeoutNanos;
            while (true) {
                long seen;
                lock.lock();
                try {
                    seen = wakeUps;
                } finally {
                    lock.unlock();
                }
                if (collectTriggered(active)) {
                    return;
                }
                lock.lock();
                try {
                    while (wakeUps == seen) {
                        long left = deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
                        if (left <= 0) {
                            throw new TimeoutException("no attached condition triggered within "
                                    + new NanoDuration(environment, timeoutNanos));
                        }
                        if (left == Long.MAX_VALUE) {
                            changed.await();
                        } else {
                            changed.awaitNanos(left);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TimeoutException("interrupted while waiting for conditions");
                } finally {
                    lock.unlock();
                }
            }
        } finally {
            waiter.set(null);
        }
    }

    private boolean collectTriggered(Collection<org.omg.dds.core.Condition> active) {
        boolean any = false;
        for (org.omg.dds.core.Condition condition : conditions) {
            if (condition.getTriggerValue()) {
                if (!any && active != null) {
                    active.clear();
                }
                any = true;
                if (active == null) {
                    return true;
                }
                active.add(condition);
            }
        }
        return any;
    }

    /** Called by conditions whose trigger value may have become true. */
    void wakeUp() {
        lock.lock();
        try {
            wakeUps++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public synchronized void attachCondition(org.omg.dds.core.Condition condition) {
        AttachableCondition attachable = attachable(condition);
        if (conditions.contains(condition)) {
            return;
        }
        List<org.omg.dds.core.Condition> grown = new ArrayList<>(conditions);
        grown.add(condition);
        conditions = List.copyOf(grown);
        attachable.waitSetLinks().add(this);
        wakeUp();
    }

    @Override
    public synchronized void detachCondition(org.omg.dds.core.Condition condition) {
        AttachableCondition attachable = attachable(condition);
        if (!conditions.contains(condition)) {
            throw new PreconditionFailedException(environment, "the condition is not attached to this wait set");
        }
        List<org.omg.dds.core.Condition> shrunk = new ArrayList<>(conditions);
        shrunk.remove(condition);
        conditions = List.copyOf(shrunk);
        attachable.waitSetLinks().remove(this);
    }

    /** Detaches a condition that is being closed, if attached. */
    public synchronized void forget(org.omg.dds.core.Condition condition) {
        if (conditions.contains(condition)) {
            detachCondition(condition);
        }
    }

    private static AttachableCondition attachable(org.omg.dds.core.Condition condition) {
        if (condition == null) {
            throw new IllegalArgumentException("condition must not be null");
        }
        if (!(condition instanceof AttachableCondition attachable)) {
            throw new IllegalArgumentException("condition was not created by Sirocco: " + condition);
        }
        return attachable;
    }

    @Override
    public Collection<org.omg.dds.core.Condition> getConditions() {
        return new ArrayList<>(conditions);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
