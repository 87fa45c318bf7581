package io.sirocco.idl.model;

import java.math.BigInteger;

/** The IDL basic types, with their serialized size and (for integers) their range. */
public enum PrimitiveType implements IdlType {
    BOOLEAN("boolean", 1),
    OCTET("octet", 1),
    CHAR("char", 1),
    WCHAR("wchar", 2),
    INT8("int8", 1),
    UINT8("uint8", 1),
    INT16("short", 2),
    UINT16("unsigned short", 2),
    INT32("long", 4),
    UINT32("unsigned long", 4),
    INT64("long long", 8),
    UINT64("unsigned long long", 8),
    FLOAT("float", 4),
    DOUBLE("double", 8);

    private final String idlName;
    private final int size;

    PrimitiveType(String idlName, int size) {
        this.idlName = idlName;
        this.size = size;
    }

    /** Serialized size in bytes. */
    public int size() {
        return size;
    }

    /** Whether the type is one of the integer types (octet included, char and boolean not). */
    public boolean isInteger() {
        return switch (this) {
            case OCTET, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64 -> true;
            default -> false;
        };
    }

    /** Whether the type is an unsigned integer type (octet included). */
    public boolean isUnsigned() {
        return this == OCTET || this == UINT8 || this == UINT16 || this == UINT32 || this == UINT64;
    }

    /** Whether the type is float or double. */
    public boolean isFloatingPoint() {
        return this == FLOAT || this == DOUBLE;
    }

    /** Smallest value of an integer type. */
    public BigInteger min() {
        return isUnsigned() ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
    }

    /** Largest value of an integer type. */
    public BigInteger max() {
        return isUnsigned() ? BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
    }

    @Override
    public String describe() {
        return idlName;
    }
}
