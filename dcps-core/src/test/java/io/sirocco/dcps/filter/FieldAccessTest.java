package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Account;
import io.sirocco.dcps.filter.Fixtures.Color;
import io.sirocco.dcps.filter.Fixtures.Derived;
import io.sirocco.dcps.filter.Fixtures.Faulty;
import io.sirocco.dcps.filter.Fixtures.Hidden;
import io.sirocco.dcps.filter.Fixtures.Point;
import io.sirocco.dcps.filter.Fixtures.Position;
import io.sirocco.dcps.filter.Fixtures.Reading;
import io.sirocco.dcps.filter.Fixtures.Vehicle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Field paths reach values through every member shape and through nesting, arrays and lists. */
class FieldAccessTest {

    @Test
    void nestedFieldsAreReachedWithDots() {
        Reading sample = new Reading();
        sample.position = new Position(1.5, -2);
        sample.position.inner = new Position(10, 20);
        sample.position.inner.label = "deep";

        assertTrue(Filters.matches(sample, "position.x = 1.5 AND position.y < 0"));
        assertTrue(Filters.matches(sample, "position.inner.y = 20"));
        assertTrue(Filters.matches(sample, "position.inner.label = 'deep'"));
        assertFalse(Filters.matches(sample, "position.inner.x > 10"));
    }

    @Test
    void arrayElementsAreReachedByIndex() {
        Reading sample = new Reading();
        sample.values = new int[] {4, 5, 6};
        sample.corners = new Position[] {new Position(0, 0), new Position(3, 4)};
        sample.grid = new int[][] {{1, 2}, {3, 4}};

        assertTrue(Filters.matches(sample, "values[0] = 4 AND values[2] = 6"));
        assertTrue(Filters.matches(sample, "values[0x1] = 5"));
        assertTrue(Filters.matches(sample, "corners[1].y = 4"));
        assertTrue(Filters.matches(sample, "grid[1][0] = 3"));
    }

    @Test
    void listElementsAreReachedByIndex() {
        Reading sample = new Reading();
        sample.tags.addAll(List.of("alpha", "beta"));
        sample.path.add(new Position(7, 8));
        sample.counts.add(12);

        assertTrue(Filters.matches(sample, "tags[1] = 'beta'"));
        assertTrue(Filters.matches(sample, "tags[0] LIKE 'al%'"));
        assertTrue(Filters.matches(sample, "path[0].x = 7"));
        assertTrue(Filters.matches(sample, "counts[0] > 10"));
    }

    @Test
    void recordComponentsAreFields() {
        Vehicle vehicle = new Vehicle("car-1", 88, new Point(3, 4), Color.BLUE, List.of(new Point(9, 9)));

        assertTrue(Filters.matches(vehicle, "id = 'car-1' AND speed > 80"));
        assertTrue(Filters.matches(vehicle, "location.x = 3 AND location.y = 4"));
        assertTrue(Filters.matches(vehicle, "color = 'BLUE'"));
        assertTrue(Filters.matches(vehicle, "waypoints[0].y = 9"));
    }

    @Test
    void javaBeanGettersAreFields() {
        Account account = new Account("Ada", 1200, true, Boolean.TRUE);

        assertTrue(Filters.matches(account, "owner = 'Ada'"));
        assertTrue(Filters.matches(account, "balance >= 1000"));
        assertTrue(Filters.matches(account, "active = TRUE"));
        assertTrue(Filters.matches(account, "verified = TRUE"));
    }

    @Test
    void privateFieldsWithoutAccessorsAreReadable() {
        assertTrue(Filters.matches(new Hidden(7, "x7"), "secret = 7 AND code = 'x7'"));
        assertTrue(Filters.matches(new Derived(3, "e"), "baseValue = 3 AND extra = 'e'"));
    }

    @Test
    void fieldNamesDifferingOnlyInCaseAreAccepted() {
        Reading sample = Reading.of(5, "n");
        sample.position = new Position(1, 2);
        assertTrue(Filters.matches(sample, "I = 5 AND Name = 'n' AND POSITION.X = 1"));
    }

    @Test
    void aSubclassInstanceIsFilteredThroughItsDeclaredType() {
        BoundFilter<Fixtures.Base> filter = Filters.compile(Fixtures.Base.class, "baseValue = 3");
        assertTrue(filter.test(new Derived(3, "e")));
    }

    @Test
    void failuresOfTheSamplesOwnGettersPropagate() {
        BoundFilter<Faulty> filter = Filters.compile(Faulty.class, "value = 1");
        assertThrows(UnsupportedOperationException.class, () -> filter.test(new Faulty()));
    }
}
