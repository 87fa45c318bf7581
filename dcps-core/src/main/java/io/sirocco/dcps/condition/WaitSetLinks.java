package io.sirocco.dcps.condition;

/**
 * The wait sets a condition is attached to, kept as a copy-on-write array so that signalling (on
 * every data arrival) walks a plain array without locking or allocating.
 */
public final class WaitSetLinks {
    private static final SiroccoWaitSet[] NONE = new SiroccoWaitSet[0];

    private volatile SiroccoWaitSet[] waitSets = NONE;

    synchronized void add(SiroccoWaitSet waitSet) {
        for (SiroccoWaitSet existing : waitSets) {
            if (existing == waitSet) {
                return;
            }
        }
        SiroccoWaitSet[] grown = java.util.Arrays.copyOf(waitSets, waitSets.length + 1);
        grown[waitSets.length] = waitSet;
        waitSets = grown;
    }

    synchronized void remove(SiroccoWaitSet waitSet) {
        SiroccoWaitSet[] current = waitSets;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == waitSet) {
                SiroccoWaitSet[] shrunk = new SiroccoWaitSet[current.length - 1];
                System.arraycopy(current, 0, shrunk, 0, i);
                System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
                waitSets = current.length == 1 ? NONE : shrunk;
                return;
            }
        }
    }

    /** Whether any wait set is attached: lets hot paths skip signalling altogether. */
    public boolean isEmpty() {
        return waitSets.length == 0;
    }

    /** Detaches {@code condition} from every wait set it is attached to (it is being closed). */
    public void detachAll(org.omg.dds.core.Condition condition) {
        for (SiroccoWaitSet waitSet : waitSets) {
            waitSet.forget(condition);
        }
    }

    /** Wakes every attached wait set so that it re-evaluates its conditions. */
    public void signal() {
        for (SiroccoWaitSet waitSet : waitSets) {
            waitSet.wakeUp();
        }
    }
}
