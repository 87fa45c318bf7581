package org.omg.dds.type.typeobject;

/** The flags that a type object can set on a member; each {@link #value} is a bit position. */
public enum MemberFlag {
    /** The member is part of the key. */
    IS_KEY((short) 0),
    /** The member is optional. */
    IS_OPTIONAL((short) 1),
    /** The member is shared, held by reference. */
    IS_SHAREABLE((short) 2),
    /** The union member is the default branch. */
    IS_UNION_DEFAULT((short) 3);

    /** The position of this flag's bit in the member flags. */
    public final short value;

    MemberFlag(short value) {
        this.value = value;
    }
}
