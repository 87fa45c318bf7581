package io.sirocco.dcps.core;

import java.util.Locale;

/**
 * One configuration value, looked up as the system property {@code sirocco.<name>} and then as
 * the environment variable {@code SIROCCO_<NAME>} (camel case becomes upper snake case:
 * {@code maxMessageSize} ↔ {@code SIROCCO_MAX_MESSAGE_SIZE}). Bad values are reported with the
 * name the user set.
 */
public final class Setting {
    private final String property;
    private final String variable;

    private Setting(String name) {
        this.property = "sirocco." + name;
        this.variable = "SIROCCO_" + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    public static Setting of(String name) {
        return new Setting(name);
    }

    /** The raw value, or {@code null} when neither the property nor the variable is set. */
    public String raw() {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Where the value came from, for messages. */
    public String source() {
        return System.getProperty(property) != null ? "-D" + property : variable;
    }

    public String text(String fallback) {
        String value = raw();
        return value == null ? fallback : value;
    }

    public boolean bool(boolean fallback) {
        String value = raw();
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(source() + " must be true or false, not \"" + value + "\"");
        };
    }

    public long number(long fallback, long min, long max) {
        String value = raw();
        if (value == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = parseSize(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source() + " must be a number (optionally with k, M or G), not \""
                    + value + "\"");
        }
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(source() + " must be between " + min + " and " + max + ", not " + value);
        }
        return parsed;
    }

    public double probability(double fallback) {
        String value = raw();
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(source() + " must be a probability between 0 and 1, not \"" + value + "\"");
    }

    private static long parseSize(String value) {
        String v = value.strip();
        long factor = 1;
        char last = Character.toLowerCase(v.charAt(v.length() - 1));
        if (last == 'k' || last == 'm' || last == 'g') {
            factor = last == 'k' ? 1024 : last == 'm' ? 1024 * 1024 : 1024L * 1024 * 1024;
            v = v.substring(0, v.length() - 1).strip();
            if (v.toLowerCase(Locale.ROOT).endsWith("i")) {
                v = v.substring(0, v.length() - 1);
            }
        }
        return Long.parseLong(v) * factor;
    }

    @Override
    public String toString() {
        return property + " / " + variable;
    }
}
