package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sirocco.dcps.filter.Fixtures.Color;
import io.sirocco.dcps.filter.Fixtures.Position;
import io.sirocco.dcps.filter.Fixtures.Reading;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Evaluating primitive, boxed and enum comparisons allocates nothing, so filtering creates no garbage. */
class AllocationTest {
    private static final String EXPRESSION = "i > 5 AND d < 10.5 AND color = GREEN AND position.x >= 0"
            + " AND boxedInt = 42 AND flag = TRUE AND values[1] = 2 AND l BETWEEN 0 AND 100"
            + " AND c = 'q' AND level <> HIGH AND NOT s = 3 AND (b = 1 OR i = 6)";

    @Test
    void primitiveAndEnumComparisonsDoNotAllocate() {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "needs allocation counters");
        var counters = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counters.isThreadAllocatedMemorySupported() && counters.isThreadAllocatedMemoryEnabled());

        BoundFilter<Reading> filter = Filters.compile(Reading.class, EXPRESSION);
        Reading sample = Reading.of(6, "x");
        sample.d = 1;
        sample.color = Color.GREEN;
        sample.position = new Position(1, 1);
        sample.boxedInt = 42;
        sample.flag = true;
        sample.values = new int[] {1, 2};
        sample.l = 50;
        sample.c = 'q';
        sample.level = Fixtures.Level.LOW;
        assertTrue(filter.test(sample));

        int matches = 0;
        for (int k = 0; k < 300_000; k++) {
            matches += filter.test(sample) ? 1 : 0;
        }
        long before = counters.getCurrentThreadAllocatedBytes();
        for (int k = 0; k < 200_000; k++) {
            matches += filter.test(sample) ? 1 : 0;
        }
        long allocated = counters.getCurrentThreadAllocatedBytes() - before;
        assertTrue(matches == 500_000);
        assertTrue(allocated < 20_000, allocated + " bytes allocated by 200,000 evaluations");
    }
}
