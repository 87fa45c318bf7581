package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Position;
import io.sirocco.dcps.filter.Fixtures.Reading;
import org.junit.jupiter.api.Test;

/** Two fields of one sample compare with each other, widening numbers as literals do. */
class FieldComparisonTest {

    @Test
    void integersOfDifferentWidthsCompare() {
        Reading sample = Reading.of(300, "x");
        sample.l = 300;
        sample.b = 1;
        assertTrue(Filters.matches(sample, "i = l"));
        assertTrue(Filters.matches(sample, "b < i"));
        assertTrue(Filters.matches(sample, "boxedInt = i OR i >= l"));
    }

    @Test
    void integersAndFloatingPointCompare() {
        Reading sample = Reading.of(2, "x");
        sample.d = 2.5;
        sample.f = 2.0f;
        assertTrue(Filters.matches(sample, "i < d"));
        assertTrue(Filters.matches(sample, "f = i"));
        assertTrue(Filters.matches(sample, "f <> d"));
    }

    @Test
    void nestedFieldsCompare() {
        Reading sample = new Reading();
        sample.position = new Position(3, 3);
        assertTrue(Filters.matches(sample, "position.x = position.y"));
        sample.position.y = 4;
        assertTrue(Filters.matches(sample, "position.x < position.y"));
    }

    @Test
    void stringsAndCharsCompareAsText() {
        Reading sample = Reading.of(0, "b");
        sample.c = 'b';
        sample.boxedChar = 'a';
        sample.note = new StringBuilder("b");
        assertTrue(Filters.matches(sample, "name = c"));
        assertTrue(Filters.matches(sample, "c = name"));
        assertTrue(Filters.matches(sample, "boxedChar < c"));
        assertTrue(Filters.matches(sample, "note = name"));
    }

    @Test
    void booleansCompareForEquality() {
        Reading sample = new Reading();
        sample.flag = true;
        sample.boxedFlag = true;
        assertTrue(Filters.matches(sample, "flag = boxedFlag"));
        sample.boxedFlag = false;
        assertFalse(Filters.matches(sample, "flag = boxedFlag"));
        assertTrue(Filters.matches(sample, "flag <> boxedFlag"));
    }

    @Test
    void incompatibleFieldsAreRejectedAtTheLeftField() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("i = 1 AND name = i").bind(Reading.class));
        assertEquals(10, e.position());
        assertTrue(e.getMessage().contains("type mismatch"), e.getMessage());

        e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("flag = i").bind(Reading.class));
        assertEquals(0, e.position());
    }
}
