package io.sirocco.stores.sst;

/**
 * What a polling thread does when a pass found no work. One instance per thread (it keeps state).
 * Busy-spin gives the lowest latency at a full core; back-off trades latency for CPU.
 */
public interface IdleStrategy {

    /** Called after every pass with the work it did; idles only when {@code workCount == 0}. */
    default void idle(int workCount) {
        if (workCount > 0) {
            reset();
        } else {
            idle();
        }
    }

    /** Idles once, escalating if it keeps being called without a {@link #reset}. */
    void idle();

    /** Work was found: start again from the cheapest idling step. */
    void reset();
}
