package org.omg.dds.sub;

/** TODO */
public enum SampleState {
    READ(1),
    NOT_READ(2);

    /** TODO */
    public final int value;

    SampleState(int value) {
        this.value = value;
    }
}
