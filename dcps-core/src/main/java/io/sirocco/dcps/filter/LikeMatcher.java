package io.sirocco.dcps.filter;

/**
 * SQL LIKE matching: {@code %} stands for any run of characters (including none), {@code _} for
 * exactly one character, everything else for itself, case-sensitively. Works directly on the two
 * character sequences, so neither patterns nor values are copied or compiled.
 */
final class LikeMatcher {

    private LikeMatcher() {
    }

    static boolean matches(CharSequence value, CharSequence pattern) {
        int v = 0;
        int p = 0;
        int starPattern = -1;
        int starValue = 0;
        int valueLength = value.length();
        int patternLength = pattern.length();
        while (v < valueLength) {
            char pc = p < patternLength ? pattern.charAt(p) : 0;
            if (p < patternLength && pc == '%') {
                // Remember where this run started; first try letting it match nothing.
                starPattern = p++;
                starValue = v;
            } else if (p < patternLength && (pc == '_' || pc == value.charAt(v))) {
                p++;
                v++;
            } else if (starPattern >= 0) {
                // Mismatch after a '%': let that '%' swallow one more character and retry.
                p = starPattern + 1;
                v = ++starValue;
            } else {
                return false;
            }
        }
        while (p < patternLength && pattern.charAt(p) == '%') {
            p++;
        }
        return p == patternLength;
    }
}
