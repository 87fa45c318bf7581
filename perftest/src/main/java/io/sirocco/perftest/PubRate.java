package io.sirocco.perftest;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code -pubRate N[:spin|:sleep]}: samples per second, and how the publisher waits between them
 * (spinning is exact but burns a core; sleeping is coarse, about a millisecond at best).
 *
 * @param samplesPerSecond at least 1
 * @param spin whether to spin (else sleep)
 */
public record PubRate(long samplesPerSecond, boolean spin) {
    public PubRate {
        if (samplesPerSecond < 1) {
            throw new IllegalArgumentException("samplesPerSecond must be at least 1, not " + samplesPerSecond);
        }
    }

    /** The time between two samples. */
    public long periodNanos() {
        return 1_000_000_000L / samplesPerSecond;
    }

    /** Parses {@code N}, {@code N:spin} or {@code N:sleep}. */
    public static PubRate parse(String text) {
        String value = text.strip();
        boolean spin = true;
        int colon = value.indexOf(':');
        if (colon >= 0) {
            String mode = value.substring(colon + 1).toLowerCase(Locale.ROOT);
            switch (mode) {
                case "spin" -> spin = true;
                case "sleep" -> spin = false;
                default -> throw new IllegalArgumentException("\"" + text + "\": the wait mode after ':' must be spin or sleep");
            }
            value = value.substring(0, colon);
        }
        long rate;
        try {
            rate = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\": expected N[:spin|:sleep] with N samples per second");
        }
        if (rate < 1) {
            throw new IllegalArgumentException("\"" + text + "\": the rate must be at least 1 sample per second");
        }
        return new PubRate(rate, spin);
    }

    /** picocli's hook. */
    public static final class Converter implements ITypeConverter<PubRate> {
        @Override
        public PubRate convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
