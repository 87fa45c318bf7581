package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Reading;
import io.sirocco.dcps.filter.Fixtures.Traffic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code %n} parameters are supplied separately and interpreted after the field they meet. */
class ParameterTest {

    @Test
    void parametersAreReplacedByTheSuppliedValues() {
        SampleFilter<Reading> filter = FilterExpression.parse("i > %0 AND name = %1").bind(Reading.class);
        Reading sample = Reading.of(10, "Bob");

        assertTrue(filter.withParameters("5", "'Bob'").test(sample));
        assertFalse(filter.withParameters("10", "'Bob'").test(sample));
        assertFalse(filter.withParameters("5", "'Alice'").test(sample));
    }

    @Test
    void oneSampleFilterServesManyParameterSets() {
        SampleFilter<Reading> filter = FilterExpression.parse("i BETWEEN %0 AND %1").bind(Reading.class);
        BoundFilter<Reading> low = filter.withParameters(List.of("0", "9"));
        BoundFilter<Reading> high = filter.withParameters(List.of("10", "99"));

        assertTrue(low.test(Reading.of(5, "x")));
        assertFalse(high.test(Reading.of(5, "x")));
        assertEquals(List.of("10", "99"), high.parameters());
    }

    @Test
    void stringParametersMayBeQuotedOrBare() {
        Reading sample = Reading.of(0, "it's here");
        assertTrue(Filters.matches(sample, "name = %0", "'it''s here'"));
        assertTrue(Filters.matches(sample, "name = %0", "it's here"));
        assertTrue(Filters.matches(Reading.of(0, " padded "), "name = %0", " padded "),
                "unquoted text is taken verbatim");
        assertTrue(Filters.matches(Reading.of(0, "42"), "name = %0", "42"), "digits are text for a string field");
    }

    @Test
    void theSameParameterMayMeetFieldsOfDifferentTypes() {
        Reading sample = Reading.of(7, "7");
        sample.d = 7.0;
        assertTrue(Filters.matches(sample, "i = %0 AND d = %0 AND name = %0", "7"));
    }

    @Test
    void parameterCountIsTheHighestNumberPlusOne() {
        assertEquals(0, FilterExpression.parse("i = 1").parameterCount());
        assertEquals(1, FilterExpression.parse("i = %0").parameterCount());
        assertEquals(4, FilterExpression.parse("i = %3 OR l = %1").parameterCount());
        assertEquals(100, FilterExpression.parse("i = %99").parameterCount());
    }

    @Test
    void missingParametersAreReportedByName() {
        SampleFilter<Reading> filter = FilterExpression.parse("i > %0 AND name = %1").bind(Reading.class);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> filter.withParameters("1"));
        assertTrue(e.getMessage().contains("%1"), e.getMessage());
        assertFalse(e instanceof FilterSyntaxException);

        e = assertThrows(IllegalArgumentException.class, () -> filter.withParameters(List.of()));
        assertTrue(e.getMessage().contains("%0"), e.getMessage());
    }

    @Test
    void onlyParametersTheExpressionUsesAreRequired() {
        SampleFilter<Reading> filter = FilterExpression.parse("i = %2").bind(Reading.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> filter.withParameters("a", "b"));
        assertTrue(e.getMessage().contains("%2"), e.getMessage());
        assertTrue(filter.withParameters("unused", "unused", "3").test(Reading.of(3, "x")));
    }

    @Test
    void extraParametersAreIgnored() {
        assertTrue(Filters.matches(Reading.of(3, "x"), "i = %0", "3", "surplus"));
    }

    @Test
    void nullParametersAreRejectedByName() {
        SampleFilter<Reading> filter = FilterExpression.parse("i = %0 OR i = %1").bind(Reading.class);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> filter.withParameters(Arrays.asList("1", null)));
        assertTrue(e.getMessage().contains("%1"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', value = {
        "i = %0 | abc",
        "i = %0 | 1.2.3",
        "i = %0 | ''",
        "i = %0 | 99999999999999999999",
        "d = %0 | 1e999",
        "d = %0 | ten",
        "flag = %0 | yes",
        "flag = %0 | 1",
        "c = %0 | ab",
        "light = %0 | PURPLE",
    })
    void unparsableParametersAreReportedByName(String expression, String parameter) {
        Class<?> type = expression.startsWith("light") ? Traffic.class : Reading.class;
        SampleFilter<?> filter = FilterExpression.parse(expression).bind(type);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> filter.withParameters(parameter));
        assertTrue(e.getMessage().contains("%0"), e.getMessage());
        assertTrue(e.getMessage().contains(parameter), e.getMessage());
    }

    @Test
    void theParameterListIsCopied() {
        List<String> values = new ArrayList<>(List.of("5"));
        BoundFilter<Reading> filter = Filters.compile(Reading.class, "i = 5");
        BoundFilter<Reading> bound = FilterExpression.parse("i = %0").bind(Reading.class).withParameters(values);
        values.set(0, "6");
        assertTrue(bound.test(Reading.of(5, "x")));
        assertEquals(List.of("5"), bound.parameters());
        assertThrows(UnsupportedOperationException.class, () -> bound.parameters().add("x"));
        assertTrue(filter.test(Reading.of(5, "x")));
    }
}
