package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Reading;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The expression object: its text, canonical form, parameter count and the empty expression. */
class FilterExpressionTest {

    @Test
    void theTextIsKeptAsGiven() {
        String text = "x=1 and(y<>2 or z!=3)";
        assertEquals(text, FilterExpression.parse(text).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "x=1 and(y<>2 or z!=3)|x = 1 AND (y <> 2 OR z <> 3)",
        "name = 'it''s'|name = 'it''s'",
        "i = 0x1F OR d > 1.5e3|i = 0x1F OR d > 1.5e3",
        "flag = true|flag = TRUE",
        "%0 < i|%0 < i",
        "name not like 'a%'|name NOT LIKE 'a%'",
        "i not between %0 and %1|i NOT BETWEEN %0 AND %1",
        "a.b[2].c >= -4|a.b[2].c >= -4",
        "color = RED|color = RED",
    })
    void toStringGivesTheCanonicalForm(String text, String canonical) {
        FilterExpression expression = FilterExpression.parse(text);
        assertEquals(canonical, expression.toString());
        assertEquals(canonical, FilterExpression.parse(canonical).toString(), "the canonical form parses to itself");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n  "})
    void emptyOrBlankExpressionsAcceptEverything(String text) {
        FilterExpression expression = FilterExpression.parse(text);
        assertTrue(expression.isMatchAll());
        assertEquals(text, expression.text());
        assertEquals(0, expression.parameterCount());
        BoundFilter<Reading> filter = expression.bind(Reading.class).withParameters(List.of("ignored"));
        assertTrue(filter.test(new Reading()));
        assertTrue(filter.test(null));
    }

    @Test
    void matchAllIsTheEmptyExpression() {
        assertSame(FilterExpression.matchAll(), FilterExpression.parse(""));
        assertEquals("", FilterExpression.matchAll().text());
        assertEquals("", FilterExpression.matchAll().toString());
        assertTrue(FilterExpression.matchAll().bind(String.class).withParameters().test("anything"));
        assertFalse(FilterExpression.parse("i = 1").isMatchAll());
    }

    @Test
    void expressionsAreEqualWhenTheirTextIs() {
        assertEquals(FilterExpression.parse("i = 1"), FilterExpression.parse("i = 1"));
        assertEquals(FilterExpression.parse("i = 1").hashCode(), FilterExpression.parse("i = 1").hashCode());
        assertNotEquals(FilterExpression.parse("i = 1"), FilterExpression.parse("i=1"));
    }

    @Test
    void bindingNeedsASampleType() {
        assertThrows(NullPointerException.class, () -> FilterExpression.parse("i = 1").bind(null));
    }

    @Test
    void oneExpressionBindsToSeveralTypes() {
        FilterExpression expression = FilterExpression.parse("speed > 50");
        assertTrue(expression.bind(Fixtures.Vehicle.class).withParameters()
                .test(new Fixtures.Vehicle("v", 60, null, null, List.of())));
        assertThrows(FilterSyntaxException.class, () -> expression.bind(Reading.class));
    }

    @Test
    void boundFiltersAreJavaPredicates() {
        BoundFilter<Reading> filter = Filters.compile(Reading.class, "i > %0", "3");
        assertEquals(2, List.of(Reading.of(1, "a"), Reading.of(4, "b"), Reading.of(9, "c")).stream()
                .filter(filter).count());
        assertEquals(Reading.class, filter.sampleType());
        assertEquals("i > %0", filter.expression().text());
        assertTrue(filter.toString().contains("i > %0"));
    }
}
