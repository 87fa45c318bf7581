package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** BETWEEN includes both bounds; NOT BETWEEN is its complement. */
class BetweenTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 9, 10, 11})
    void boundsAreInclusive(int value) {
        Reading sample = Reading.of(value, "x");
        boolean inside = value >= 1 && value <= 10;
        assertEquals(inside, Filters.matches(sample, "i BETWEEN 1 AND 10"));
        assertEquals(!inside, Filters.matches(sample, "i NOT BETWEEN 1 AND 10"));
        assertEquals(inside, Filters.matches(sample, "i BETWEEN %0 AND %1", "1", "10"));
        assertEquals(!inside, Filters.matches(sample, "i not between %0 and %1", "1", "10"));
    }

    @Test
    void reversedBoundsMatchNothing() {
        assertFalse(Filters.matches(Reading.of(5, "x"), "i BETWEEN 10 AND 1"));
        assertTrue(Filters.matches(Reading.of(5, "x"), "i NOT BETWEEN 10 AND 1"));
    }

    @Test
    void worksForFloatsStringsAndChars() {
        Reading sample = Reading.of(0, "m");
        sample.d = 0.5;
        sample.c = 'q';
        assertTrue(Filters.matches(sample, "d BETWEEN 0 AND 1.0"));
        assertTrue(Filters.matches(sample, "name BETWEEN 'a' AND 'z'"));
        assertFalse(Filters.matches(sample, "name BETWEEN 'n' AND 'z'"));
        assertTrue(Filters.matches(sample, "c BETWEEN 'a' AND 'z'"));
    }

    @Test
    void boundsMayBeOtherFields() {
        Reading sample = Reading.of(5, "x");
        sample.l = 1;
        sample.s = 9;
        assertTrue(Filters.matches(sample, "i BETWEEN l AND s"));
    }

    @Test
    void theAndInsideBetweenBelongsToIt() {
        Reading sample = Reading.of(5, "x");
        assertTrue(Filters.matches(sample, "i BETWEEN 1 AND 10 AND name = 'x'"));
        assertFalse(Filters.matches(sample, "i BETWEEN 1 AND 10 AND name = 'y'"));
        assertTrue(Filters.matches(sample, "name = 'y' OR i BETWEEN 1 AND 10"));
        assertEquals("i BETWEEN 1 AND 10 AND name = 'x'",
                FilterExpression.parse("i between 1 and 10 and name = 'x'").toString());
    }

    @Test
    void booleansCannotBeRanged() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("i = 1 OR flag BETWEEN FALSE AND TRUE").bind(Reading.class));
        assertEquals(9, e.position());
    }
}
