package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Color;
import io.sirocco.dcps.filter.Fixtures.Level;
import io.sirocco.dcps.filter.Fixtures.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every relational operator against every comparable field type, with the constant below, equal to
 * and above the field's value, written as a literal on either side and as a parameter.
 */
class ComparisonOperatorTest {
    private static final String[] OPERATORS = {"=", "<>", "!=", "<", "<=", ">", ">="};

    /** A field, a sample value for it, and constants below / equal / above, as literal and parameter text. */
    private record Case(String field, Consumer<Reading> setter, String[] literals, String[] parameters) {
    }

    private static List<Case> cases() {
        return List.of(
                numeric("b", r -> r.b = 5, "4", "5", "6"),
                numeric("s", r -> r.s = 300, "299", "300", "301"),
                numeric("i", r -> r.i = -7, "-8", "-7", "-6"),
                numeric("l", r -> r.l = 5_000_000_000L, "4999999999", "5000000000", "5000000001"),
                numeric("f", r -> r.f = 1.5f, "1.25", "1.5", "1.75"),
                numeric("d", r -> r.d = 2.5, "2.25", "2.5", "2.75"),
                numeric("boxedInt", r -> r.boxedInt = 42, "41", "42", "43"),
                numeric("boxedDouble", r -> r.boxedDouble = 0.5, "0.25", "5e-1", "0.75"),
                quoted("c", r -> r.c = 'm', "l", "m", "n"),
                quoted("boxedChar", r -> r.boxedChar = 'K', "J", "K", "L"),
                quoted("name", r -> r.name = "mango", "apple", "mango", "zebra"),
                quoted("note", r -> r.note = new StringBuilder("mango"), "apple", "mango", "zebra"),
                quoted("color", r -> r.color = Color.GREEN, "RED", "GREEN", "BLUE"),
                quoted("level", r -> r.level = Level.MEDIUM, "LOW", "MEDIUM", "HIGH"));
    }

    private static Case numeric(String field, Consumer<Reading> setter, String... constants) {
        return new Case(field, setter, constants, constants);
    }

    private static Case quoted(String field, Consumer<Reading> setter, String... constants) {
        String[] literals = Stream.of(constants).map(c -> "'" + c + "'").toArray(String[]::new);
        return new Case(field, setter, literals, literals);
    }

    static Stream<Arguments> everyOperatorOnEveryType() {
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases()) {
            for (String op : OPERATORS) {
                for (int which = 0; which < 3; which++) {
                    // which: 0 = constant below the value, 1 = equal, 2 = above.
                    int fieldVersusConstant = 1 - which;
                    arguments.add(Arguments.of(c.field(), op, c.literals()[which], c.parameters()[which],
                            fieldVersusConstant, c.setter()));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("everyOperatorOnEveryType")
    void relationalOperatorsFollowTheFieldsValue(String field, String op, String literal, String parameter,
            int fieldVersusConstant, Consumer<Reading> setter) {
        Reading sample = new Reading();
        setter.accept(sample);
        boolean expected = holds(op, fieldVersusConstant);

        assertEquals(expected, Filters.matches(sample, field + " " + op + " " + literal), "field op literal");
        assertEquals(expected, Filters.matches(sample, literal + " " + flip(op) + " " + field), "literal op field");
        assertEquals(expected, Filters.matches(sample, field + " " + op + " %0", parameter), "field op %0");
        assertEquals(expected, Filters.matches(sample, "%0 " + flip(op) + " " + field, parameter), "%0 op field");
    }

    @Test
    void booleansSupportEqualityOnly() {
        Reading sample = new Reading();
        sample.flag = true;
        sample.boxedFlag = false;

        assertTrue(Filters.matches(sample, "flag = TRUE"));
        assertFalse(Filters.matches(sample, "flag = FALSE"));
        assertTrue(Filters.matches(sample, "flag <> FALSE"));
        assertTrue(Filters.matches(sample, "flag != false"));
        assertTrue(Filters.matches(sample, "TRUE = flag"));
        assertTrue(Filters.matches(sample, "boxedFlag = FALSE"));
        assertFalse(Filters.matches(sample, "boxedFlag <> FALSE"));
        assertTrue(Filters.matches(sample, "flag = %0", "true"));
        assertTrue(Filters.matches(sample, "boxedFlag = %0", "'FALSE'"));
    }

    @Test
    void integersWidenToCompareWithFractions() {
        Reading sample = Reading.of(3, "x");
        assertTrue(Filters.matches(sample, "i > 2.5"));
        assertTrue(Filters.matches(sample, "i < 3.5"));
        assertFalse(Filters.matches(sample, "i = 3.5"));
        assertTrue(Filters.matches(sample, "i = 3.0"));
        assertTrue(Filters.matches(sample, "i > %0", "2.5"));
    }

    @Test
    void floatFieldsEqualTheDecimalTheyWereAssignedFrom() {
        Reading sample = new Reading();
        sample.f = 0.1f;
        assertTrue(Filters.matches(sample, "f = 0.1"));
        assertFalse(Filters.matches(sample, "f > 0.1"));
        assertTrue(Filters.matches(sample, "f = %0", "0.1"));
    }

    @Test
    void hexadecimalAndSignedLiteralsAreIntegers() {
        Reading sample = Reading.of(31, "x");
        sample.l = -1;
        assertTrue(Filters.matches(sample, "i = 0x1F"));
        assertTrue(Filters.matches(sample, "i = 0X1f"));
        assertTrue(Filters.matches(sample, "i = +31"));
        assertTrue(Filters.matches(sample, "l = -1"));
        assertTrue(Filters.matches(sample, "l = 0xFFFFFFFFFFFFFFFF"), "64-bit hex pattern of an unsigned value");
        assertTrue(Filters.matches(sample, "i = %0", "0x1f"));
    }

    @Test
    void charsCompareWithTheirCode() {
        Reading sample = new Reading();
        sample.c = 'A';
        assertTrue(Filters.matches(sample, "c = 65"));
        assertTrue(Filters.matches(sample, "c < 66"));
        assertTrue(Filters.matches(sample, "c = %0", "65"));
        assertTrue(Filters.matches(sample, "c = %0", "A"));
    }

    @Test
    void stringsCompareLexicographicallyAndCaseSensitively() {
        Reading sample = Reading.of(0, "Banana");
        assertTrue(Filters.matches(sample, "name < 'a'"), "upper case sorts before lower case");
        assertTrue(Filters.matches(sample, "name > 'Ban'"));
        assertFalse(Filters.matches(sample, "name = 'banana'"));
        assertTrue(Filters.matches(Reading.of(0, "it's"), "name = 'it''s'"));
        assertTrue(Filters.matches(Reading.of(0, ""), "name = ''"));
    }

    @Test
    void notANumberEqualsNothing() {
        Reading sample = new Reading();
        sample.d = Double.NaN;
        assertFalse(Filters.matches(sample, "d = 1.0"));
        assertFalse(Filters.matches(sample, "d < 1.0"));
        assertFalse(Filters.matches(sample, "d >= 1.0"));
        assertTrue(Filters.matches(sample, "d <> 1.0"));
    }

    private static boolean holds(String op, int comparison) {
        return switch (op) {
            case "=" -> comparison == 0;
            case "<>", "!=" -> comparison != 0;
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            case ">=" -> comparison >= 0;
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static String flip(String op) {
        return switch (op) {
            case "<" -> ">";
            case "<=" -> ">=";
            case ">" -> "<";
            case ">=" -> "<=";
            default -> op;
        };
    }
}
