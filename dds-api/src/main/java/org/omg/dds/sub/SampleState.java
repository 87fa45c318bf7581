package org.omg.dds.sub;

/**
 * Whether the application has already read a given sample; every sample in a reader's cache has
 * one. The constants have distinct bit values so that sets of states can be combined into masks.
 */
public enum SampleState {
    /** The sample has been read before. */
    READ(1),

    /** The sample is being accessed for the first time. */
    NOT_READ(2);

    /** The bit that stands for this state in a state mask. */
    public final int value;

    SampleState(int value) {
        this.value = value;
    }
}
