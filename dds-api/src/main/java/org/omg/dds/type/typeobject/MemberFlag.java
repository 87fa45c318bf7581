package org.omg.dds.type.typeobject;

/** TODO */
public enum MemberFlag {
    IS_KEY((short) 0),
    IS_OPTIONAL((short) 1),
    IS_SHAREABLE((short) 2),
    IS_UNION_DEFAULT((short) 3);

    /** TODO */
    public final short value;

    MemberFlag(short value) {
        this.value = value;
    }
}
