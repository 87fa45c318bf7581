package org.omg.dds.type.typeobject;

/**
 * The predefined type ids of the primitive types, equal to the codes of their
 * {@link org.omg.dds.type.TypeKind}s; other types get ids assigned within their type library.
 */
public final class TypeId {

    /** The id that means "no type". */
    public static final int NO_TYPE_ID = 0;

    /** Type id of the boolean type. */
    public static final int BOOLEAN_TYPE_ID = 16385;

    /** Type id of the byte (octet) type. */
    public static final int BYTE_TYPE_ID = 16386;

    /** Type id of the signed 16-bit integer type. */
    public static final int INT_16_TYPE_ID = 16387;

    /** Type id of the unsigned 16-bit integer type. */
    public static final int UINT_16_TYPE_ID = 16388;

    /** Type id of the signed 32-bit integer type. */
    public static final int INT_32_TYPE_ID = 16389;

    /** Type id of the unsigned 32-bit integer type. */
    public static final int UINT_32_TYPE_ID = 16390;

    /** Type id of the signed 64-bit integer type. */
    public static final int INT_64_TYPE_ID = 16391;

    /** Type id of the unsigned 64-bit integer type. */
    public static final int UINT_64_TYPE_ID = 16392;

    /** Type id of the 32-bit floating-point type. */
    public static final int FLOAT_32_TYPE_ID = 16393;

    /** Type id of the 64-bit floating-point type. */
    public static final int FLOAT_64_TYPE_ID = 16394;

    /** Type id of the 128-bit floating-point type. */
    public static final int FLOAT_128_TYPE_ID = 16395;

    /** Type id of the 8-bit character type. */
    public static final int CHAR_8_TYPE_ID = 16396;

    /** Type id of the wide character type. */
    public static final int CHAR_32_TYPE_ID = 16397;
}
