package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.dcps.filter.Fixtures.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NOT binds tighter than AND, AND tighter than OR; parentheses override both. */
class PrecedenceTest {

    /**
     * Every combination of three predicates a, b, c (as i = 1, l = 1, s = 1) is checked against the
     * same formula written in Java.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "i = 1 OR l = 1 AND s = 1 ; a || (b && c) ; i = 1 OR (l = 1 AND s = 1)",
        "(i = 1 OR l = 1) AND s = 1 ; (a || b) && c ; (i = 1 OR l = 1) AND s = 1",
        "i = 1 AND l = 1 OR s = 1 ; (a && b) || c ; (i = 1 AND l = 1) OR s = 1",
        "i = 1 AND (l = 1 OR s = 1) ; a && (b || c) ; i = 1 AND (l = 1 OR s = 1)",
        "NOT i = 1 AND l = 1 ; !a && b ; NOT (i = 1) AND l = 1",
        "NOT (i = 1 AND l = 1) ; !(a && b) ; NOT (i = 1 AND l = 1)",
        "NOT i = 1 OR NOT l = 1 AND s = 1 ; !a || (!b && c) ; NOT (i = 1) OR (NOT (l = 1) AND s = 1)",
        "NOT NOT i = 1 ; a ; NOT (NOT (i = 1))",
        "((i = 1)) ; a ; i = 1",
        "i = 1 or l = 1 or s = 1 ; a || b || c ; i = 1 OR l = 1 OR s = 1",
        "not (i = 1 or l = 1) and not s = 1 ; !(a || b) && !c ; NOT (i = 1 OR l = 1) AND NOT (s = 1)",
    })
    void groupingFollowsSqlPrecedence(String expression, String formula, String canonical) {
        FilterExpression parsed = FilterExpression.parse(expression);
        assertEquals(canonical, parsed.toString());
        BoundFilter<Reading> filter = parsed.bind(Reading.class).withParameters();
        for (int bits = 0; bits < 8; bits++) {
            boolean a = (bits & 1) != 0;
            boolean b = (bits & 2) != 0;
            boolean c = (bits & 4) != 0;
            Reading sample = new Reading();
            sample.i = a ? 1 : 0;
            sample.l = b ? 1 : 0;
            sample.s = (short) (c ? 1 : 0);
            assertEquals(evaluate(formula, a, b, c), filter.test(sample), "a=" + a + " b=" + b + " c=" + c);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i = 1 AND name LIKE 'x%' OR NOT flag = TRUE",
        "i = 1 and name like 'x%' or not flag = true",
        "i = 1 AnD name LiKe 'x%' oR nOt flag = True",
    })
    void keywordsAreCaseInsensitive(String expression) {
        assertEquals("(i = 1 AND name LIKE 'x%') OR NOT (flag = TRUE)",
                FilterExpression.parse(expression).toString());
        Reading sample = Reading.of(1, "xy");
        sample.flag = true;
        assertEquals(true, Filters.matches(sample, expression));
    }

    private static boolean evaluate(String formula, boolean a, boolean b, boolean c) {
        return switch (formula.strip()) {
            case "a || (b && c)" -> a || (b && c);
            case "(a || b) && c" -> (a || b) && c;
            case "(a && b) || c" -> (a && b) || c;
            case "a && (b || c)" -> a && (b || c);
            case "!a && b" -> !a && b;
            case "!(a && b)" -> !(a && b);
            case "!a || (!b && c)" -> !a || (!b && c);
            case "a" -> a;
            case "a || b || c" -> a || b || c;
            case "!(a || b) && !c" -> !(a || b) && !c;
            default -> throw new IllegalArgumentException(formula);
        };
    }
}
