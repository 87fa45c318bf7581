package org.omg.dds.sub;

/** TODO */
public enum ViewState {
    NEW(1),
    NOT_NEW(2);

    /** TODO */
    public final int value;

    ViewState(int value) {
        this.value = value;
    }
}
