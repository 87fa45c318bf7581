package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed expressions fail at parse time with the exact offset of the problem. */
class SyntaxErrorTest {

    @ParameterizedTest(name = "[{0}] fails at {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, value = {
        // unterminated strings
        "name = 'abc|7|unterminated string",
        "x = 'abc' AND y = 'it''s|18|unterminated string",
        "x = '|4|unterminated string",
        // missing operands
        "x = |4|unexpected end of expression at position 4: expected a field name, literal or %n parameter",
        "x =|3|unexpected end of expression",
        "= 5|0|unexpected '=' at position 0: expected a field name, literal, %n parameter, NOT or '('",
        "x = 5 AND (y < )|15|unexpected ')' at position 15: expected a field name, literal or %n parameter",
        "x = 5 AND|9|unexpected end of expression",
        "x = 5 AND AND y = 1|10|unexpected 'AND'",
        "x = 5 OR OR y = 1|9|unexpected 'OR'",
        "NOT|3|unexpected end of expression",
        "x = 1 AND NOT|13|unexpected end of expression",
        "x LIKE|6|unexpected end of expression",
        "x = TRUE AND|12|unexpected end of expression",
        "x BETWEEN 1 AND|15|unexpected end of expression",
        "x BETWEEN 1 5|12|expected AND between the bounds",
        "x 5|2|expected a comparison operator",
        "x NOT 5|6|expected LIKE or BETWEEN after NOT",
        // unknown operators and characters
        "x == 5|2|unknown operator '=='",
        "x =< 5|2|unknown operator '=<'",
        "x ! 5|2|unknown operator '!'",
        "x ~ 5|2|unexpected character '~'",
        "x # 1|2|unexpected character '#'",
        "x = \"abc\"|4|string literals use single quotes",
        "x IN (1, 2)|2|unexpected 'IN'",
        // trailing garbage
        "x = 5 y = 6|6|unexpected 'y' at position 6: expected AND, OR or the end of the expression",
        "x = 5 ORDER BY x|6|unexpected 'ORDER'",
        "x = 5 'extra'|6|unexpected string 'extra'",
        // unbalanced parentheses
        "x = 5)|5|unexpected ')'",
        "(x = 5|0|unbalanced parentheses",
        "((x = 5)|0|unbalanced parentheses",
        "NOT (x = 1|4|unbalanced parentheses",
        "x = 1 OR (y = 2 AND (z = 3)|9|unbalanced parentheses",
        "()|1|unexpected ')'",
        "(x = 1 y = 2)|7|expected AND, OR or ')'",
        // predicates without a field
        "5 = 5|0|comparison without a field",
        "%0 = 'a'|0|comparison without a field",
        "5 BETWEEN 1 AND 10|0|BETWEEN without a field",
        // malformed tokens
        "x = %|4|'%' without a parameter number",
        "x = %100|4|parameter number out of range",
        "x = %1a|4|malformed parameter",
        "x = 12abc|4|malformed number '12abc'",
        "x = 1.2.3|4|malformed number",
        "x = 0x|4|malformed number '0x'",
        "x = 1e|4|malformed number",
        "x = 99999999999999999999|4|number out of range",
        "x = 1e999|4|number out of range",
        "a. = 1|2|expected a field name after '.'",
        "a.1 = 1|2|expected a field name after '.'",
        "a[ = 1|3|expected an index after '['",
        "a[1 = 1|4|expected ']'",
        "a[x] = 1|2|malformed index 'x'",
    })
    void badExpressionsAreRejectedWithTheirPosition(String expression, int position, String message) {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> FilterExpression.parse(expression));
        assertEquals(position, e.position(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains("at position " + position), e.getMessage());
        assertTrue(e.getMessage().contains(expression), "the message quotes the expression: " + e.getMessage());
        assertEquals(expression, e.expression());
    }

    @Test
    void syntaxErrorsAreIllegalArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FilterExpression.parse("x ="));
        assertTrue(e instanceof FilterSyntaxException);
    }

    @Test
    void theMessageHasReasonThenExpression() {
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class,
                () -> FilterExpression.parse("x = 5 AND (y < )"));
        assertEquals("unexpected ')' at position 15: expected a field name, literal or %n parameter", e.reason());
        assertEquals(e.reason() + " (in \"x = 5 AND (y < )\")", e.getMessage());
    }

    @Test
    void deepNestingIsBoundedInsteadOfOverflowingTheStack() {
        int depth = Parser.MAX_DEPTH;
        String accepted = "(".repeat(depth) + "x = 1" + ")".repeat(depth);
        assertEquals("x = 1", FilterExpression.parse(accepted).toString());

        String tooDeep = "NOT ".repeat(depth) + "(x = 1)";
        FilterSyntaxException e = assertThrows(FilterSyntaxException.class, () -> FilterExpression.parse(tooDeep));
        assertEquals(4 * depth, e.position());
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());

        String hostile = "(".repeat(100_000);
        assertThrows(FilterSyntaxException.class, () -> FilterExpression.parse(hostile));
    }

    @Test
    void aNullExpressionIsRejected() {
        assertThrows(NullPointerException.class, () -> FilterExpression.parse(null));
    }
}
