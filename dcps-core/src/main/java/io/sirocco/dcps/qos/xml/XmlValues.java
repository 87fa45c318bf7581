package io.sirocco.dcps.qos.xml;

import io.sirocco.dcps.core.NanoDuration;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.omg.dds.core.Duration;
import org.omg.dds.core.policy.ResourceLimits;

/**
 * Reading and writing the simple values of policy fields: integers and {@code LENGTH_UNLIMITED},
 * booleans, durations with their symbolic seconds and nanoseconds, octet sequences and
 * {@code <element>} sequences. Readers take the cursor at the value's element and leave it; bad
 * values fail with the element's location and what was expected.
 */
final class XmlValues {
    static final String LENGTH_UNLIMITED = "LENGTH_UNLIMITED";
    static final String INFINITE_SEC = "DURATION_INFINITE_SEC";
    static final String INFINITE_NSEC = "DURATION_INFINITE_NSEC";
    /** DDS' Duration_t infinity: {@code 0x7fffffff} seconds and nanoseconds. */
    private static final long INFINITE_FIELD = Integer.MAX_VALUE;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private XmlValues() {
    }

    /** A signed 32-bit integer in decimal (or {@code 0x} hexadecimal). */
    static int integer(XmlCursor cursor) {
        String text = cursor.text();
        Long value = parseLong(text);
        if (value == null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw cursor.error("bad number \"" + text + "\"; expected a 32-bit integer");
        }
        return value.intValue();
    }

    /** A count: zero or positive, or {@code LENGTH_UNLIMITED} (also {@code -1}), which gives -1. */
    static int limit(XmlCursor cursor) {
        String text = cursor.text();
        if (text.equals(LENGTH_UNLIMITED)) {
            return ResourceLimits.LENGTH_UNLIMITED;
        }
        Long value = parseLong(text);
        if (value == null || value < ResourceLimits.LENGTH_UNLIMITED || value > Integer.MAX_VALUE) {
            throw cursor.error("bad number \"" + text + "\"; expected a count from 0 to 2147483647 or "
                    + LENGTH_UNLIMITED);
        }
        return value.intValue();
    }

    /** The text a count is written as. */
    static String limitText(int value) {
        return value == ResourceLimits.LENGTH_UNLIMITED ? LENGTH_UNLIMITED : Integer.toString(value);
    }

    /** {@code true}/{@code false} in any case, or {@code 1}/{@code 0}. */
    static boolean bool(XmlCursor cursor) {
        String text = cursor.text();
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> {
                return true;
            }
            case "false", "0" -> {
                return false;
            }
            default -> throw cursor.error("bad value \"" + text + "\"; expected true or false");
        }
    }

    /**
     * A duration element with optional {@code <sec>} and {@code <nanosec>} children (a missing one is
     * 0), in nanoseconds, {@link NanoDuration#INFINITE_NANOS} when infinite. Seconds may be
     * {@code DURATION_INFINITE_SEC}, {@code DURATION_ZERO_SEC} or {@code DURATION_INFINITY}, nanoseconds
     * {@code DURATION_INFINITE_NSEC}, {@code DURATION_ZERO_NSEC} or {@code DURATION_INFINITY}; either
     * part being infinite (also as the number 2147483647) makes the duration infinite.
     */
    static long duration(XmlCursor cursor) {
        long[] parts = {0, 0};
        boolean[] seen = {false, false};
        cursor.forEachChild(child -> {
            int index = switch (child.name()) {
                case "sec" -> 0;
                case "nanosec" -> 1;
                default -> throw child.unknownElement(List.of("sec", "nanosec"));
            };
            if (seen[index]) {
                throw child.error("<" + child.name() + "> is given twice");
            }
            seen[index] = true;
            parts[index] = index == 0 ? seconds(child) : nanoseconds(child);
        });
        if (parts[0] == INFINITE_FIELD || parts[1] == INFINITE_FIELD) {
            return NanoDuration.INFINITE_NANOS;
        }
        if (parts[0] > (NanoDuration.INFINITE_NANOS - parts[1]) / NANOS_PER_SECOND) {
            return NanoDuration.INFINITE_NANOS;
        }
        return parts[0] * NANOS_PER_SECOND + parts[1];
    }

    private static long seconds(XmlCursor cursor) {
        String text = cursor.text();
        switch (text) {
            case INFINITE_SEC, "DURATION_INFINITY" -> {
                return INFINITE_FIELD;
            }
            case "DURATION_ZERO_SEC" -> {
                return 0;
            }
            default -> {
                Long value = parseLong(text);
                if (value == null || value < 0) {
                    throw cursor.error("bad number \"" + text + "\"; expected seconds (0 or more), "
                            + INFINITE_SEC + ", DURATION_ZERO_SEC or DURATION_INFINITY");
                }
                return value;
            }
        }
    }

    private static long nanoseconds(XmlCursor cursor) {
        String text = cursor.text();
        switch (text) {
            case INFINITE_NSEC, "DURATION_INFINITY" -> {
                return INFINITE_FIELD;
            }
            case "DURATION_ZERO_NSEC" -> {
                return 0;
            }
            default -> {
                Long value = parseLong(text);
                if (value == null || value < 0 || (value >= NANOS_PER_SECOND && value != INFINITE_FIELD)) {
                    throw cursor.error("bad number \"" + text + "\"; expected nanoseconds from 0 to 999999999, "
                            + INFINITE_NSEC + ", DURATION_ZERO_NSEC or DURATION_INFINITY");
                }
                return value;
            }
        }
    }

    /** Seconds and nanoseconds to write for {@code duration}; the symbolic infinity when infinite. */
    static String[] durationParts(Duration duration) {
        long nanos = NanoDuration.nanosOf(duration);
        if (nanos == NanoDuration.INFINITE_NANOS) {
            return new String[] {INFINITE_SEC, INFINITE_NSEC};
        }
        return new String[] {Long.toString(nanos / NANOS_PER_SECOND), Long.toString(nanos % NANOS_PER_SECOND)};
    }

    /**
     * An octet sequence. Two notations are accepted: octets separated by commas, each in decimal or
     * {@code 0x} hexadecimal (RTI's and OpenDDS' notation: {@code 1, 2, 0xff}), and base64 (DDS-XML's
     * and Cyclone's). Text with a comma, or a single octet, is read as the former; an empty element is
     * no octets.
     */
    static byte[] octets(XmlCursor cursor) {
        String text = cursor.text();
        if (text.isEmpty()) {
            return new byte[0];
        }
        if (text.contains(",") || parseOctet(text) != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (String part : text.split(",", -1)) {
                Integer octet = parseOctet(part.strip());
                if (octet == null) {
                    throw cursor.error("bad octet \"" + part.strip() + "\" in \"" + text + "\"; expected octets "
                            + "0..255 (decimal or 0x hexadecimal) separated by commas, or base64");
                }
                bytes.write(octet);
            }
            return bytes.toByteArray();
        }
        try {
            return Base64.getMimeDecoder().decode(text.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw cursor.error("bad octets \"" + text + "\"; expected base64 or octets 0..255 separated by "
                    + "commas (" + e.getMessage() + ")");
        }
    }

    /** The text an octet sequence is written as: base64. */
    static String octetsText(byte[] value) {
        return Base64.getEncoder().encodeToString(value);
    }

    /** The texts of the {@code <element>} children of the cursor's element, in order. */
    static List<String> strings(XmlCursor cursor) {
        List<String> values = new ArrayList<>();
        cursor.forEachChild(child -> {
            if (!child.name().equals("element")) {
                throw child.unknownElement(List.of("element"));
            }
            values.add(child.text());
        });
        return values;
    }

    /** Data representation identifiers: {@code <element>} children, named or numeric. */
    static List<Short> representations(XmlCursor cursor) {
        List<Short> ids = new ArrayList<>();
        cursor.forEachChild(child -> {
            if (!child.name().equals("element")) {
                throw child.unknownElement(List.of("element"));
            }
            String text = child.text();
            Short id = Spelling.REPRESENTATION.valueOf(text);
            if (id == null) {
                Long number = parseLong(text);
                if (number == null || number < Short.MIN_VALUE || number > Short.MAX_VALUE) {
                    throw child.error("bad value \"" + text + "\"; expected one of: "
                            + String.join(", ", Spelling.REPRESENTATION.words()) + " or a 16-bit number");
                }
                id = number.shortValue();
            }
            ids.add(id);
        });
        return ids;
    }

    /** The text a representation identifier is written as. */
    static String representationText(short id) {
        String word = Spelling.REPRESENTATION.wordFor(id);
        return word != null ? word : Short.toString(id);
    }

    private static Integer parseOctet(String text) {
        Long value = parseLong(text);
        return value == null || value < 0 || value > 255 ? null : value.intValue();
    }

    /** Decimal with an optional sign, or {@code 0x} hexadecimal; null when it is neither. */
    private static Long parseLong(String text) {
        try {
            if (text.startsWith("0x") || text.startsWith("0X")) {
                return Long.parseLong(text.substring(2), 16);
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
