package org.omg.dds.type;

/**
 * The kinds of DDS types, each with the numeric code used in type descriptions. The codes are bit
 * patterns: primitive kinds have the {@link Values#PRIMITIVE_TYPE_VALUE} bit set, constructed kinds the
 * {@link Values#CONSTRUCTED_TYPE_VALUE} bit, and constructed collection and aggregation kinds additionally
 * {@link Values#COLLECTION_TYPE_VALUE} or {@link Values#AGGREGATION_TYPE_VALUE}.
 */
public enum TypeKind {
    /** No type, used where a type is absent or not yet known. */
    NO_TYPE(0),
    /** A boolean. */
    BOOLEAN_TYPE(16385),
    /** An uninterpreted 8-bit byte (IDL {@code octet}). */
    BYTE_TYPE(16386),
    /** A signed 16-bit integer. */
    INT_16_TYPE(16387),
    /** An unsigned 16-bit integer. */
    UINT_16_TYPE(16388),
    /** A signed 32-bit integer. */
    INT_32_TYPE(16389),
    /** An unsigned 32-bit integer. */
    UINT_32_TYPE(16390),
    /** A signed 64-bit integer. */
    INT_64_TYPE(16391),
    /** An unsigned 64-bit integer. */
    UINT_64_TYPE(16392),
    /** A 32-bit IEEE 754 floating-point number. */
    FLOAT_32_TYPE(16393),
    /** A 64-bit IEEE 754 floating-point number. */
    FLOAT_64_TYPE(16394),
    /** A 128-bit floating-point number (IDL {@code long double}). */
    FLOAT_128_TYPE(16395),
    /** An 8-bit character (IDL {@code char}). */
    CHAR_8_TYPE(16396),
    /** A wide character (IDL {@code wchar}). */
    CHAR_32_TYPE(16397),
    /** An enumeration. */
    ENUMERATION_TYPE(32769),
    /** A bit set (bitmask), a set of named flags. */
    BITSET_TYPE(32770),
    /** An alias (typedef), another name for an existing type. */
    ALIAS_TYPE(32771),
    /** A fixed-size array, possibly multi-dimensional. */
    ARRAY_TYPE(33284),
    /** A sequence, a variable-length list that may have a maximum length. */
    SEQUENCE_TYPE(33285),
    /** A string of 8-bit or wide characters, possibly bounded. */
    STRING_TYPE(33286),
    /** A map from keys to values, possibly bounded. */
    MAP_TYPE(33287),
    /** A discriminated union. */
    UNION_TYPE(33032),
    /** A structure, possibly extending a base structure. */
    STRUCTURE_TYPE(33033),
    /** An annotation type. */
    ANNOTATION_TYPE(128);

    /** The numeric code of this kind; equal to the matching constant in {@link Values}. */
    public final int value;

    TypeKind(int value) {
        this.value = value;
    }

    /**
     * The numeric codes as compile-time constants, usable as {@code case} labels, together with the bits
     * that classify them.
     */
    public static final class Values {

        /** Code of {@link TypeKind#NO_TYPE}. */
        public static final int NO_TYPE_VALUE = 0;

        /** Bit set in the code of every primitive kind. */
        public static final int PRIMITIVE_TYPE_VALUE = 16384;

        /** Bit set in the code of every constructed kind. */
        public static final int CONSTRUCTED_TYPE_VALUE = 32768;

        /** Bit set, besides the constructed bit, in the code of every collection kind. */
        public static final int COLLECTION_TYPE_VALUE = 512;

        /** Bit set, besides the constructed bit, in the code of every aggregation (structure or union). */
        public static final int AGGREGATION_TYPE_VALUE = 256;

        /** Code of {@link TypeKind#ANNOTATION_TYPE}. */
        public static final int ANNOTATION_TYPE_VALUE = 128;

        /** Code of {@link TypeKind#BOOLEAN_TYPE}. */
        public static final int BOOLEAN_TYPE_VALUE = 16385;

        /** Code of {@link TypeKind#BYTE_TYPE}. */
        public static final int BYTE_TYPE_VALUE = 16386;

        /** Code of {@link TypeKind#INT_16_TYPE}. */
        public static final int INT_16_TYPE_VALUE = 16387;

        /** Code of {@link TypeKind#UINT_16_TYPE}. */
        public static final int UINT_16_TYPE_VALUE = 16388;

        /** Code of {@link TypeKind#INT_32_TYPE}. */
        public static final int INT_32_TYPE_VALUE = 16389;

        /** Code of {@link TypeKind#UINT_32_TYPE}. */
        public static final int UINT_32_TYPE_VALUE = 16390;

        /** Code of {@link TypeKind#INT_64_TYPE}. */
        public static final int INT_64_TYPE_VALUE = 16391;

        /** Code of {@link TypeKind#UINT_64_TYPE}. */
        public static final int UINT_64_TYPE_VALUE = 16392;

        /** Code of {@link TypeKind#FLOAT_32_TYPE}. */
        public static final int FLOAT_32_TYPE_VALUE = 16393;

        /** Code of {@link TypeKind#FLOAT_64_TYPE}. */
        public static final int FLOAT_64_TYPE_VALUE = 16394;

        /** Code of {@link TypeKind#FLOAT_128_TYPE}. */
        public static final int FLOAT_128_TYPE_VALUE = 16395;

        /** Code of {@link TypeKind#CHAR_8_TYPE}. */
        public static final int CHAR_8_TYPE_VALUE = 16396;

        /** Code of {@link TypeKind#CHAR_32_TYPE}. */
        public static final int CHAR_32_TYPE_VALUE = 16397;

        /** Code of {@link TypeKind#ENUMERATION_TYPE}. */
        public static final int ENUMERATION_TYPE_VALUE = 32769;

        /** Code of {@link TypeKind#BITSET_TYPE}. */
        public static final int BITSET_TYPE_VALUE = 32770;

        /** Code of {@link TypeKind#ALIAS_TYPE}. */
        public static final int ALIAS_TYPE_VALUE = 32771;

        /** Code of {@link TypeKind#ARRAY_TYPE}. */
        public static final int ARRAY_TYPE_VALUE = 33284;

        /** Code of {@link TypeKind#SEQUENCE_TYPE}. */
        public static final int SEQUENCE_TYPE_VALUE = 33285;

        /** Code of {@link TypeKind#STRING_TYPE}. */
        public static final int STRING_TYPE_VALUE = 33286;

        /** Code of {@link TypeKind#MAP_TYPE}. */
        public static final int MAP_TYPE_VALUE = 33287;

        /** Code of {@link TypeKind#UNION_TYPE}. */
        public static final int UNION_TYPE_VALUE = 33032;

        /** Code of {@link TypeKind#STRUCTURE_TYPE}. */
        public static final int STRUCTURE_TYPE_VALUE = 33033;

        /** Creates an instance, which is never needed: the class only holds constants. */
        public Values() {
        }
    }
}
