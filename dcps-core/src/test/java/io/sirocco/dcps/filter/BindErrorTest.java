package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Odd;
import io.sirocco.dcps.filter.Fixtures.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Binding reports unknown fields and type mismatches at the offending position in the expression. */
class BindErrorTest {

    @ParameterizedTest(name = "[{0}] fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // unknown fields
        "nosuch = 1|0|unknown field 'nosuch'",
        "i = 1 AND nosuch > 2|10|unknown field 'nosuch'",
        "position.z = 1|9|unknown field 'z'",
        "position.inner.nope = 1|15|unknown field 'nope'",
        "1 < nosuch|4|unknown field 'nosuch'",
        "i BETWEEN 1 AND nosuch|16|unknown field 'nosuch'",
        // type mismatches, reported at the field
        "name = 5|0|type mismatch",
        "i = 'five'|0|type mismatch",
        "5 = name|4|type mismatch",
        "flag = 1|0|type mismatch",
        "d = TRUE|0|type mismatch",
        "c = 'ab'|0|one-character string",
        "i LIKE 'a%'|0|LIKE needs a string, char or enum field",
        "name LIKE 5|10|LIKE compares text",
        "name BETWEEN 1 AND 2|0|type mismatch",
        // booleans have no order
        "flag < TRUE|5|operator '<' cannot order booleans",
        "flag BETWEEN FALSE AND TRUE|0|BETWEEN cannot order booleans",
        // paths that lead nowhere
        "position = 1|0|field 'position' cannot be compared",
        "name.length = 1|5|'name' is a string",
        "i[0] = 1|1|cannot index 'i'",
        "values[1].x = 1|10|not a structure",
        "position[0].x = 1|8|not an array or List",
    })
    void bindErrorsPointAtTheProblem(String expression, int position, String message) {
        assertBindError(Reading.class, expression, position, message);
    }

    @ParameterizedTest(name = "[{0}] fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "anything = 1|0|cannot be compared",
        "raw[0] = 1|3|cannot tell the element type",
        "map[0] = 1|3|cannot index 'map'",
    })
    void membersThatCannotBeFilteredOnAreRejected(String expression, int position, String message) {
        assertBindError(Odd.class, expression, position, message);
    }

    private static void assertBindError(Class<?> type, String expression, int position, String message) {
        FilterExpression parsed = FilterExpression.parse(expression);
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> parsed.bind(type));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(expression), e.getMessage());
    }
}
