package io.sirocco.stores.sst;

/** Yields the core to other runnable threads, then polls again. */
public final class YieldingIdleStrategy implements IdleStrategy {

    @Override
    public void idle() {
        Thread.yield();
    }

    @Override
    public void reset() {
    }
}
