package io.sirocco.stores.sst;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.local.LocalFabricGroup;
import io.sirocco.stores.fabric.local.LocalFabrics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SstTest {

    @Test
    void columnsAreAlignedDistinctAndBeforeTheTail() {
        SstLayout l = new SstLayout(5, 3, 1000);
        List<Long> cols = new ArrayList<>(List.of(SstLayout.HEARTBEAT, SstLayout.SEQ_NUM, SstLayout.DELIVERED_NUM,
                SstLayout.PERSISTED_NUM));
        for (int s = 0; s < 3; s++) {
            cols.add(l.numReceived(s));
            cols.add(l.globalMin(s));
        }
        for (int r = 0; r < 5; r++) {
            cols.add(l.suspected(r));
            cols.add(l.changes(r));
        }
        for (int slot = 0; slot < 8; slot++) {
            cols.add(l.viewScalar(slot));
        }
        Set<Long> seen = new HashSet<>();
        for (long c : cols) {
            assertEquals(0, c % 8, "column " + c + " is 8-byte aligned");
            assertTrue(c + 8 <= l.tailOffset(), "column " + c + " before the tail");
            assertTrue(seen.add(c), "column " + c + " used once");
        }
        assertTrue(l.numReceived(2) < l.hotEnd(), "num_received is in the per-pass range");
        assertEquals(0, l.tailOffset() % 64);
        assertTrue(l.rowBytes() >= l.tailOffset() + 1000);
        assertEquals(0, l.rowBytes() % 8);
    }

    @Test
    void argumentErrorsNameTheArgument() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SstLayout(0, 0, 0)).getMessage()
                .startsWith("members"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new SstLayout(2, 3, 0)).getMessage()
                .startsWith("senders"));
        assertTrue(assertThrows(IndexOutOfBoundsException.class, () -> new SstLayout(2, 1, 0).numReceived(1))
                .getMessage().startsWith("sender"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new BackoffIdleStrategy(1, 1, 10, 5))
                .getMessage().startsWith("maxParkNanos"));
    }

    @Test
    void writesReachPeersOnlyWithTheDirtyRangePush() throws Exception {
        SstLayout l = new SstLayout(3, 3, 0);
        LocalFabricGroup[] f = LocalFabrics.open(3, l.rowBytes());
        Sst a = new Sst(f[0], l);
        Sst b = new Sst(f[1], l);
        a.advance(SstLayout.SEQ_NUM, 7);
        a.advance(l.numReceived(2), 3);
        assertEquals(0, b.read(0, SstLayout.SEQ_NUM));
        assertTrue(a.pushDirty());
        assertEquals(7, b.read(0, SstLayout.SEQ_NUM));
        assertEquals(3, b.read(0, l.numReceived(2)));
        assertFalse(a.pushDirty(), "nothing written since the last push");
        assertThrows(IllegalStateException.class, () -> a.advance(SstLayout.SEQ_NUM, 6), "counters only grow");
        for (LocalFabricGroup g : f) {
            g.close();
        }
    }

    @Test
    void predicateThreadRunsPredicatesAndKeepsTheFailureThatStoppedIt() throws Exception {
        AtomicInteger passes = new AtomicInteger();
        PredicateThread t = new PredicateThread("test-predicates", new BackoffIdleStrategy(), List.of(() -> {
            if (passes.incrementAndGet() == 1000) {
                throw new IllegalStateException("boom");
            }
            return 0;
        }));
        t.start();
        while (t.isRunning()) {
            Thread.sleep(1);
        }
        assertEquals("boom", t.failure().getMessage());
        t.close();
    }

    @Test
    void idleStrategiesIdleOnlyWithoutWork() {
        for (IdleStrategy s : List.of(new BusySpinIdleStrategy(), new YieldingIdleStrategy(),
                new BackoffIdleStrategy(1, 1, 1, 8))) {
            for (int i = 0; i < 20; i++) {
                s.idle(0);
            }
            s.idle(1);
            s.reset();
        }
    }
}
