package org.omg.dds.sub;

/** TODO */
public enum InstanceState {
    ALIVE(1),
    NOT_ALIVE_DISPOSED(2),
    NOT_ALIVE_NO_WRITERS(4);

    /** TODO */
    public final int value;

    InstanceState(int value) {
        this.value = value;
    }
}
