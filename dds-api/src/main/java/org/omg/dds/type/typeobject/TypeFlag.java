package org.omg.dds.type.typeobject;

/**
 * The flags that a type object can set on a type; each {@link #value} is a bit position. A type that is
 * neither final nor mutable is extensible.
 */
public enum TypeFlag {
    /** The type has final extensibility. */
    IS_FINAL((short) 0),
    /** The type has mutable extensibility. */
    IS_MUTABLE((short) 1),
    /** The type is nested: never used as a topic type on its own. */
    IS_NESTED((short) 2);

    /** The position of this flag's bit in the type flags. */
    public final short value;

    TypeFlag(short value) {
        this.value = value;
    }
}
