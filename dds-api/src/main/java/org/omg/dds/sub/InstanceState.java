package org.omg.dds.sub;

/**
 * The life-cycle state of an instance, as known to a data reader and reported with every sample.
 * The constants have distinct bit values so that sets of states can be combined into masks.
 */
public enum InstanceState {
    /** Some writer is alive and writing the instance, and it has not been disposed. */
    ALIVE(1),

    /** A writer disposed the instance and it has not been written since. */
    NOT_ALIVE_DISPOSED(2),

    /** The instance was not disposed, but no alive writer writes it any longer. */
    NOT_ALIVE_NO_WRITERS(4);

    /** The bit that stands for this state in a state mask. */
    public final int value;

    InstanceState(int value) {
        this.value = value;
    }
}
