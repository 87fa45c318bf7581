package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Position;
import io.sirocco.dcps.filter.Fixtures.Reading;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values that cannot be reached make their predicate false instead of throwing. */
class NullSafetyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "position.x = 1", "position.x <> 1", "position.x < 1", "position.inner.label = 'a'",
        "position.x BETWEEN 0 AND 10", "position.x NOT BETWEEN 0 AND 10", "position.x = position.y",
        "position.label LIKE '%'", "position.label NOT LIKE 'x'",
    })
    void aNullNestedObjectMakesThePredicateFalse(String expression) {
        Reading sample = new Reading();
        assertFalse(Filters.matches(sample, expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "name = 'a'", "name <> 'a'", "name < 'z'", "name LIKE '%'", "name NOT LIKE 'a'", "name = note",
        "name BETWEEN 'a' AND 'z'", "name NOT BETWEEN 'a' AND 'b'", "'x' LIKE name", "name = %0",
    })
    void aNullStringMakesThePredicateFalse(String expression) {
        Reading sample = Reading.of(1, null);
        sample.note = new StringBuilder("x");
        assertFalse(Filters.matches(sample, expression, "'a'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "boxedInt = 0", "boxedInt <> 0", "boxedInt = i", "i = boxedInt", "boxedDouble > 0",
        "boxedFlag = FALSE", "boxedFlag <> TRUE", "boxedChar = 'a'", "color = RED", "color <> RED",
        "color = 10", "color LIKE '%'",
    })
    void nullBoxesAndEnumsMakeThePredicateFalse(String expression) {
        assertFalse(Filters.matches(new Reading(), expression));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "values[0] = 0", "corners[0].x = 0", "tags[0] = ''", "path[0].x = 0", "counts[0] = 0", "grid[0][0] = 0",
    })
    void missingSequencesMakeThePredicateFalse(String expression) {
        assertFalse(Filters.matches(new Reading(), expression), "null sequence");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "values[3] = 0", "corners[2].x = 0", "tags[1] = ''", "path[1].x = 0", "counts[5] = 0", "grid[0][2] = 0",
        "grid[2][0] = 0",
    })
    void indexesPastTheEndMakeThePredicateFalse(String expression) {
        Reading sample = new Reading();
        sample.values = new int[] {0, 0, 0};
        sample.corners = new Position[] {new Position(0, 0), null};
        sample.tags.add("");
        sample.path.add(new Position(0, 0));
        sample.counts.add(0);
        sample.grid = new int[][] {{0, 0}, {0, 0}};
        assertFalse(Filters.matches(sample, expression));
    }

    @Test
    void nullElementsMakeThePredicateFalse() {
        Reading sample = new Reading();
        sample.corners = new Position[1];
        sample.path.add(null);
        sample.tags.addAll(Arrays.asList((String) null));
        assertFalse(Filters.matches(sample, "corners[0].x = 0"));
        assertFalse(Filters.matches(sample, "path[0].x = 0"));
        assertFalse(Filters.matches(sample, "tags[0] = 'a'"));
    }

    @Test
    void otherAlternativesStillDecide() {
        Reading sample = Reading.of(5, null);
        assertTrue(Filters.matches(sample, "name = 'a' OR i = 5"));
        assertFalse(Filters.matches(sample, "name = 'a' AND i = 5"));
    }

    @Test
    void notInvertsAFalsePredicate() {
        // Documented two-valued logic: the predicate is false, so its explicit negation is true.
        Reading sample = new Reading();
        assertTrue(Filters.matches(sample, "NOT position.x = 1"));
        assertTrue(Filters.matches(sample, "NOT (name LIKE 'a%')"));
    }

    @Test
    void aNullSampleMatchesNoPredicate() {
        BoundFilter<Reading> filter = Filters.compile(Reading.class, "i = 0");
        assertFalse(filter.test(null));
        assertTrue(Filters.compile(Reading.class, "NOT i = 0").test(null));
        assertTrue(FilterExpression.matchAll().bind(Reading.class).withParameters().test(null));
    }
}
