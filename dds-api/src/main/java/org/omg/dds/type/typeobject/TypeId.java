package org.omg.dds.type.typeobject;

/** TODO */
public final class TypeId {

    /** TODO */
    public static final int NO_TYPE_ID = 0;

    /** TODO */
    public static final int BOOLEAN_TYPE_ID = 16385;

    /** TODO */
    public static final int BYTE_TYPE_ID = 16386;

    /** TODO */
    public static final int INT_16_TYPE_ID = 16387;

    /** TODO */
    public static final int UINT_16_TYPE_ID = 16388;

    /** TODO */
    public static final int INT_32_TYPE_ID = 16389;

    /** TODO */
    public static final int UINT_32_TYPE_ID = 16390;

    /** TODO */
    public static final int INT_64_TYPE_ID = 16391;

    /** TODO */
    public static final int UINT_64_TYPE_ID = 16392;

    /** TODO */
    public static final int FLOAT_32_TYPE_ID = 16393;

    /** TODO */
    public static final int FLOAT_64_TYPE_ID = 16394;

    /** TODO */
    public static final int FLOAT_128_TYPE_ID = 16395;

    /** TODO */
    public static final int CHAR_8_TYPE_ID = 16396;

    /** TODO */
    public static final int CHAR_32_TYPE_ID = 16397;
}
