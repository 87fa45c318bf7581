package io.sirocco.dcps.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.filter.Fixtures.Color;
import io.sirocco.dcps.filter.Fixtures.Position;
import io.sirocco.dcps.filter.Fixtures.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One bound filter, and one sample filter, shared by many threads give the same answers as one thread. */
class ConcurrencyTest {
    private static final int THREADS = 16;
    private static final String EXPRESSION =
            "(i BETWEEN %0 AND %1 AND name LIKE 'n%') OR color = GREEN OR position.x > %2 OR tags[0] = %3";

    @Test
    void manyThreadsShareOneBoundFilter() throws Exception {
        BoundFilter<Reading> filter = Filters.compile(Reading.class, EXPRESSION, "10", "500", "0.5", "'hot'");
        List<Reading> samples = samples(5_000);
        boolean[] expected = new boolean[samples.size()];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = expected(samples.get(k), 10, 500, 0.5, "hot");
        }
        int matching = 0;
        for (boolean e : expected) {
            matching += e ? 1 : 0;
        }
        assertTrue(matching > 0 && matching < samples.size(), "the data exercises both outcomes");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int wrong = 0;
                    for (int round = 0; round < 20; round++) {
                        for (int k = 0; k < samples.size(); k++) {
                            int index = (k + offset * 311) % samples.size();
                            if (filter.test(samples.get(index)) != expected[index]) {
                                wrong++;
                            }
                        }
                    }
                    return wrong;
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(0, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyThreadsBindParametersOnOneSampleFilter() throws Exception {
        SampleFilter<Reading> shared = FilterExpression.parse(EXPRESSION).bind(Reading.class);
        List<Reading> samples = samples(500);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int low = t * 10;
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int round = 0; round < 50; round++) {
                        BoundFilter<Reading> filter = shared.withParameters(
                                String.valueOf(low), String.valueOf(low + 100), "0.9", "cold");
                        for (Reading sample : samples) {
                            if (filter.test(sample) != expected(sample, low, low + 100, 0.9, "cold")) {
                                wrong++;
                            }
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean expected(Reading r, int low, int high, double x, String tag) {
        boolean range = r.i >= low && r.i <= high && r.name != null && r.name.startsWith("n");
        boolean green = r.color == Color.GREEN;
        boolean far = r.position != null && r.position.x > x;
        boolean tagged = !r.tags.isEmpty() && tag.equals(r.tags.get(0));
        return range || green || far || tagged;
    }

    private static List<Reading> samples(int count) {
        Random random = new Random(42);
        String[] names = {"north", "south", "nadir", null, "n", "zenith"};
        String[] tags = {"hot", "cold", "warm"};
        List<Reading> samples = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Reading r = Reading.of(random.nextInt(1000), names[random.nextInt(names.length)]);
            int color = random.nextInt(5);
            r.color = color < 3 ? Color.values()[color] : null;
            if (random.nextInt(3) > 0) {
                r.position = new Position(random.nextDouble(), random.nextDouble());
            }
            if (random.nextBoolean()) {
                r.tags.add(tags[random.nextInt(tags.length)]);
            }
            samples.add(r);
        }
        return samples;
    }
}
