package io.sirocco.perftest;

import java.util.Locale;

/** How every output format writes numbers: a dot for decimals whatever the locale, fixed decimals. */
final class Numbers {
    private Numbers() {
    }

    /** µs and Mbps: one decimal. */
    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Percentages of lost samples: two decimals. */
    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Samples per second: whole numbers. */
    static String whole(double value) {
        return Long.toString(Math.round(value));
    }
}
