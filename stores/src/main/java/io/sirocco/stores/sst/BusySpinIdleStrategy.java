package io.sirocco.stores.sst;

/** Never gives up the core: lowest latency, one full core per polling thread. */
public final class BusySpinIdleStrategy implements IdleStrategy {

    @Override
    public void idle() {
        Thread.onSpinWait();
    }

    @Override
    public void reset() {
    }
}
