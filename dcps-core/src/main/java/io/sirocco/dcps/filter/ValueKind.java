package io.sirocco.dcps.filter;

/**
 * The comparison families a field's Java type falls into. Comparisons are checked and compiled per
 * family, never per Java type, which keeps the number of node classes small.
 */
enum ValueKind {
    INTEGER("an integer"),
    FLOAT("a floating-point number"),
    CHAR("a char"),
    STRING("a string"),
    BOOLEAN("a boolean"),
    ENUM("an enum");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    /** The family of {@code type}, or {@code null} for structures and other uncomparable types. */
    static ValueKind of(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return INTEGER;
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class) {
            return FLOAT;
        }
        if (type == char.class || type == Character.class) {
            return CHAR;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return STRING;
        }
        if (type.isEnum()) {
            return ENUM;
        }
        return null;
    }

    /** Whether LIKE and text comparison apply: strings, chars and enum constant names. */
    boolean isTextual() {
        return this == STRING || this == CHAR || this == ENUM;
    }

    /** Phrase for messages, such as "an integer". */
    String description() {
        return description;
    }
}
