package io.sirocco.dcps.filter;

import java.util.regex.Pattern;

/**
 * The number spellings the language accepts, shared by literals in expressions and by parameter
 * strings so that {@code x = 0x10} and {@code x = %0} with {@code "0x10"} mean the same thing.
 */
final class NumberText {
    private static final Pattern INTEGER = Pattern.compile("[+-]?(?:0[xX][0-9a-fA-F]+|[0-9]+)");
    private static final Pattern FLOAT =
            Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private NumberText() {
    }

    static boolean looksLikeInteger(String text) {
        return INTEGER.matcher(text).matches();
    }

    static boolean looksLikeFloat(String text) {
        return FLOAT.matcher(text).matches();
    }

    /**
     * Decodes a decimal or {@code 0x} hexadecimal integer with optional sign. Hexadecimal spellings may
     * use all 64 bits (so unsigned 64-bit patterns fit); decimal ones must fit a {@code long}.
     *
     * @throws NumberFormatException when the text is not an integer or does not fit
     */
    static long parseInteger(String text) {
        if (!looksLikeInteger(text)) {
            throw new NumberFormatException(text);
        }
        boolean negative = text.charAt(0) == '-';
        String unsigned = text.charAt(0) == '+' || negative ? text.substring(1) : text;
        if (unsigned.length() > 2 && (unsigned.charAt(1) == 'x' || unsigned.charAt(1) == 'X')) {
            long magnitude = Long.parseUnsignedLong(unsigned.substring(2), 16);
            return negative ? -magnitude : magnitude;
        }
        return Long.parseLong(negative ? text : unsigned);
    }

    /**
     * Decodes a finite decimal floating-point number.
     *
     * @throws NumberFormatException when the text is not such a number or overflows to infinity
     */
    static double parseFloat(String text) {
        if (!looksLikeFloat(text)) {
            throw new NumberFormatException(text);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw new NumberFormatException(text);
        }
        return value;
    }
}
