package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Color;
import io.sirocco.dcps.filter.Fixtures.Level;
import io.sirocco.dcps.filter.Fixtures.Traffic;
import org.junit.jupiter.api.Test;

/** Enum fields match constants by name (quoted, bare or qualified) and by value. */
class EnumFilterTest {
    private final Traffic green = new Traffic(Color.GREEN, Color.RED, Level.HIGH, 20);

    @Test
    void quotedConstantNamesMatch() {
        assertTrue(Filters.matches(green, "light = 'GREEN'"));
        assertFalse(Filters.matches(green, "light = 'RED'"));
        assertTrue(Filters.matches(green, "light <> 'BLUE'"));
    }

    @Test
    void bareConstantNamesMatchOnEitherSide() {
        assertTrue(Filters.matches(green, "light = GREEN"));
        assertTrue(Filters.matches(green, "GREEN = light"));
        assertTrue(Filters.matches(green, "level = HIGH AND light <> BLUE"));
    }

    @Test
    void qualifiedAndCaseInsensitiveNamesMatch() {
        assertTrue(Filters.matches(green, "light = 'Color::GREEN'"));
        assertTrue(Filters.matches(green, "light = 'Color.GREEN'"));
        assertTrue(Filters.matches(green, "light = 'green'"));
        assertTrue(Filters.matches(green, "light = green"));
    }

    @Test
    void idlEnumsCompareByTheirValueMethod() {
        assertTrue(Filters.matches(green, "light = 20"), "GREEN.value() is 20");
        assertFalse(Filters.matches(green, "light = 1"), "the ordinal is not used when value() exists");
        assertTrue(Filters.matches(green, "light > 'RED' AND light < 'BLUE'"));
        assertTrue(Filters.matches(green, "light BETWEEN RED AND BLUE"));
        assertTrue(Filters.matches(green, "light = %0", "20"));
    }

    @Test
    void plainEnumsCompareByOrdinal() {
        assertTrue(Filters.matches(green, "level = 2"));
        assertTrue(Filters.matches(green, "level > MEDIUM"));
        assertTrue(Filters.matches(green, "level >= %0", "LOW"));
    }

    @Test
    void parametersNameConstantsQuotedOrNot() {
        assertTrue(Filters.matches(green, "light = %0", "GREEN"));
        assertTrue(Filters.matches(green, "light = %0", "'GREEN'"));
        assertFalse(Filters.matches(green, "light = %0", "BLUE"));
    }

    @Test
    void enumFieldsCompareWithEachOtherAndWithIntegers() {
        assertTrue(Filters.matches(green, "light > previous"));
        assertTrue(Filters.matches(green, "light = code"), "GREEN.value() equals 20");
    }

    @Test
    void enumsOfDifferentTypesDoNotCompare() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("light = level").bind(Traffic.class));
        assertEquals(0, e.position());
        assertTrue(e.getMessage().contains("type mismatch"), e.getMessage());
    }

    @Test
    void enumNamesMatchLikePatterns() {
        assertTrue(Filters.matches(green, "light LIKE 'GR%'"));
        assertTrue(Filters.matches(green, "light NOT LIKE '%E'"));
    }

    @Test
    void unknownConstantsAreReportedAtTheLiteral() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("light = 'PURPLE'").bind(Traffic.class));
        assertEquals(8, e.position());
        assertTrue(e.getMessage().contains("RED, GREEN, BLUE"), e.getMessage());

        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> Filters.compile(Traffic.class, "light = %0", "PURPLE"));
        assertTrue(p.getMessage().contains("%0"), p.getMessage());
    }

    @Test
    void aBareNameThatIsNotAConstantIsAnUnknownField() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("light = PURPLE").bind(Traffic.class));
        assertEquals(8, e.position());
        assertTrue(e.getMessage().contains("unknown field 'PURPLE'"), e.getMessage());
    }
}
