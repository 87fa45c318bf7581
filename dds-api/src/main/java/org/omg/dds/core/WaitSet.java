package org.omg.dds.core;

import io.sirocco.dds.spi.Environments;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Lets a thread block until one or more {@link Condition}s are triggered: the application attaches
 * conditions (status, read, query or guard conditions) and then waits; the wait returns as soon as
 * any attached condition is triggered, at once if one already is. Only one thread at a time may wait
 * on a given wait set.
 */
public abstract class WaitSet implements DDSObject {

    /** For implementations only; applications call {@link #newWaitSet(ServiceEnvironment)}. */
    public WaitSet() {
    }

    /**
     * Creates a wait set with no conditions attached.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static WaitSet newWaitSet(ServiceEnvironment env) {
        return Environments.spi(env).newWaitSet();
    }

    /**
     * Blocks, without time limit, until at least one attached condition is triggered.
     *
     * @throws PreconditionNotMetException if another thread is already waiting on this wait set
     */
    public abstract void waitForConditions();

    /**
     * Blocks, without time limit, until at least one attached condition is triggered, then stores
     * the triggered conditions in {@code activeConditions}.
     *
     * @param activeConditions receives the triggered conditions, replacing its previous content
     * @throws PreconditionNotMetException if another thread is already waiting on this wait set
     */
    public abstract void waitForConditions(Collection<Condition> activeConditions);

    /**
     * Blocks until at least one attached condition is triggered or {@code timeout} has elapsed.
     *
     * @param timeout the longest time to wait; may be infinite
     * @throws TimeoutException if no attached condition was triggered within {@code timeout}
     * @throws PreconditionNotMetException if another thread is already waiting on this wait set
     */
    public abstract void waitForConditions(Duration timeout) throws TimeoutException;

    /**
     * Blocks until at least one attached condition is triggered or {@code timeout} {@code unit}s
     * have elapsed.
     *
     * @param timeout the longest time to wait, in {@code unit}s
     * @param unit the unit of {@code timeout}
     * @throws TimeoutException if no attached condition was triggered in time
     * @throws PreconditionNotMetException if another thread is already waiting on this wait set
     */
    public abstract void waitForConditions(long timeout, TimeUnit unit) throws TimeoutException;

    /**
     * Blocks until at least one attached condition is triggered or {@code timeout} has elapsed, then
     * stores the triggered conditions in {@code activeConditions}.
     *
     * @param activeConditions receives the triggered conditions, replacing its previous content
     * @param timeout the longest time to wait; may be infinite
     * @throws TimeoutException if no attached condition was triggered within {@code timeout}
     * @throws PreconditionNotMetException if another thread is already waiting on this wait set
     */
    public abstract void waitForConditions(Collection<Condition> activeConditions, Duration timeout)
            throws TimeoutException;

    /**
     * Blocks until at least one attached condition is triggered or {@code timeout} {@code unit}s
     * have elapsed, then stores the triggered conditions in {@code activeConditions}.
     *
     * @param activeConditions receives the triggered conditions, replacing its previous content
     * @param timeout the longest time to wait, in {@code unit}s
     * @param unit the unit of {@code timeout}
     * @throws TimeoutException if no attached condition was triggered in time
     * @throws PreconditionNotMetException if another thread is already waiting on this wait set
     */
    public abstract void waitForConditions(Collection<Condition> activeConditions, long timeout,
            TimeUnit unit) throws TimeoutException;

    /**
     * Attaches {@code condition} to this wait set; attaching a condition that is already attached has
     * no effect. If the condition is already triggered, a waiting thread wakes up.
     *
     * @param condition the condition to attach
     */
    public abstract void attachCondition(Condition condition);

    /**
     * Detaches {@code condition} from this wait set.
     *
     * @param condition the condition to detach
     * @throws PreconditionNotMetException if {@code condition} is not attached to this wait set
     */
    public abstract void detachCondition(Condition condition);

    /** Returns the conditions currently attached to this wait set. */
    public abstract Collection<Condition> getConditions();
}
