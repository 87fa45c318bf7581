package io.sirocco.stores.fabric.tiered;

import java.util.Objects;

/**
 * What a member announces for a tiered fabric: its locator on the near (same-host) fabric and on
 * the far (network) one, as {@code tier1|<length of near>|<near><far>}. The length prefix keeps the
 * two opaque locators apart whatever characters they contain.
 */
record TieredLocator(String near, String far) {

    static final String PREFIX = "tier1|";

    TieredLocator {
        Objects.requireNonNull(near, "near");
        Objects.requireNonNull(far, "far");
    }

    String format() {
        return PREFIX + near.length() + '|' + near + far;
    }

    /** The locator in {@code text}, or {@code null} when it is not a well-formed tiered locator. */
    static TieredLocator parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        int bar = text.indexOf('|', PREFIX.length());
        if (bar < 0 || bar == PREFIX.length() || bar - PREFIX.length() > 9) {
            return null;
        }
        int length = 0;
        for (int i = PREFIX.length(); i < bar; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            length = length * 10 + (c - '0');
        }
        int start = bar + 1;
        if (length > text.length() - start) {
            return null;
        }
        return new TieredLocator(text.substring(start, start + length), text.substring(start + length));
    }
}
