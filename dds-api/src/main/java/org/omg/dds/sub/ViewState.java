package org.omg.dds.sub;

/**
 * Whether an instance is new to the application; it is reported with every sample. The constants
 * have distinct bit values so that sets of states can be combined into masks.
 */
public enum ViewState {
    /**
     * The application has not accessed this instance before, or the instance has come back to life
     * since the application last accessed it.
     */
    NEW(1),

    /** The application has already accessed samples of this instance in its current life. */
    NOT_NEW(2);

    /** The bit that stands for this state in a state mask. */
    public final int value;

    ViewState(int value) {
        this.value = value;
    }
}
