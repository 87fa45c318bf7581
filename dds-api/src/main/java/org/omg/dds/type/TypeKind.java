package org.omg.dds.type;

/** TODO */
public enum TypeKind {
    NO_TYPE(0),
    BOOLEAN_TYPE(16385),
    BYTE_TYPE(16386),
    INT_16_TYPE(16387),
    UINT_16_TYPE(16388),
    INT_32_TYPE(16389),
    UINT_32_TYPE(16390),
    INT_64_TYPE(16391),
    UINT_64_TYPE(16392),
    FLOAT_32_TYPE(16393),
    FLOAT_64_TYPE(16394),
    FLOAT_128_TYPE(16395),
    CHAR_8_TYPE(16396),
    CHAR_32_TYPE(16397),
    ENUMERATION_TYPE(32769),
    BITSET_TYPE(32770),
    ALIAS_TYPE(32771),
    ARRAY_TYPE(33284),
    SEQUENCE_TYPE(33285),
    STRING_TYPE(33286),
    MAP_TYPE(33287),
    UNION_TYPE(33032),
    STRUCTURE_TYPE(33033),
    ANNOTATION_TYPE(128);

    /** TODO */
    public final int value;

    TypeKind(int value) {
        this.value = value;
    }

    /** TODO */
    public static final class Values {

        /** TODO */
        public static final int NO_TYPE_VALUE = 0;

        /** TODO */
        public static final int PRIMITIVE_TYPE_VALUE = 16384;

        /** TODO */
        public static final int CONSTRUCTED_TYPE_VALUE = 32768;

        /** TODO */
        public static final int COLLECTION_TYPE_VALUE = 512;

        /** TODO */
        public static final int AGGREGATION_TYPE_VALUE = 256;

        /** TODO */
        public static final int ANNOTATION_TYPE_VALUE = 128;

        /** TODO */
        public static final int BOOLEAN_TYPE_VALUE = 16385;

        /** TODO */
        public static final int BYTE_TYPE_VALUE = 16386;

        /** TODO */
        public static final int INT_16_TYPE_VALUE = 16387;

        /** TODO */
        public static final int UINT_16_TYPE_VALUE = 16388;

        /** TODO */
        public static final int INT_32_TYPE_VALUE = 16389;

        /** TODO */
        public static final int UINT_32_TYPE_VALUE = 16390;

        /** TODO */
        public static final int INT_64_TYPE_VALUE = 16391;

        /** TODO */
        public static final int UINT_64_TYPE_VALUE = 16392;

        /** TODO */
        public static final int FLOAT_32_TYPE_VALUE = 16393;

        /** TODO */
        public static final int FLOAT_64_TYPE_VALUE = 16394;

        /** TODO */
        public static final int FLOAT_128_TYPE_VALUE = 16395;

        /** TODO */
        public static final int CHAR_8_TYPE_VALUE = 16396;

        /** TODO */
        public static final int CHAR_32_TYPE_VALUE = 16397;

        /** TODO */
        public static final int ENUMERATION_TYPE_VALUE = 32769;

        /** TODO */
        public static final int BITSET_TYPE_VALUE = 32770;

        /** TODO */
        public static final int ALIAS_TYPE_VALUE = 32771;

        /** TODO */
        public static final int ARRAY_TYPE_VALUE = 33284;

        /** TODO */
        public static final int SEQUENCE_TYPE_VALUE = 33285;

        /** TODO */
        public static final int STRING_TYPE_VALUE = 33286;

        /** TODO */
        public static final int MAP_TYPE_VALUE = 33287;

        /** TODO */
        public static final int UNION_TYPE_VALUE = 33032;

        /** TODO */
        public static final int STRUCTURE_TYPE_VALUE = 33033;

        /** TODO */
        public Values() {
        }
    }
}
