package org.omg.dds.type.typeobject;

/** TODO */
public enum TypeFlag {
    IS_FINAL((short) 0),
    IS_MUTABLE((short) 1),
    IS_NESTED((short) 2);

    /** TODO */
    public final short value;

    TypeFlag(short value) {
        this.value = value;
    }
}
