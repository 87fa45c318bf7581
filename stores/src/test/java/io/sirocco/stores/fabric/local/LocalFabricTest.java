package io.sirocco.stores.fabric.local;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricProvider;
import java.lang.foreign.ValueLayout;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LocalFabricTest {

    @Test
    void peerCopyChangesOnlyOnPush() throws Exception {
        LocalFabricGroup[] g = LocalFabrics.open(2, 64);
        g[0].writeLongRelease(8, 42);
        assertEquals(42, g[0].readLongAcquire(0, 8), "own copy sees own write");
        assertEquals(0, g[1].readLongAcquire(0, 8), "peer copy unchanged before push");
        g[0].push(1, 8, 8);
        assertEquals(42, g[1].readLongAcquire(0, 8));
        g[0].row(0).set(ValueLayout.JAVA_BYTE, 3, (byte) 7);
        g[0].pushAll(3, 1);
        assertEquals(7, g[1].row(0).get(ValueLayout.JAVA_BYTE, 3), "unaligned byte range is copied");
        close(g);
    }

    @Test
    void aPeerThatSeesALaterWordSeesEarlierPushes() throws Exception {
        LocalFabricGroup[] g = LocalFabrics.open(2, 64);
        long[] violations = new long[1];
        Thread reader = Thread.ofPlatform().start(() -> {
            long last = 0;
            while (last < 100_000) {
                long counter = g[1].readLongAcquire(0, 8);
                long payload = g[1].readLongAcquire(0, 0);
                if (payload < counter) {
                    violations[0]++;
                }
                last = counter;
            }
        });
        for (long i = 1; i <= 100_000; i++) {
            g[0].writeLongRelease(0, i);
            g[0].push(1, 0, 8);
            g[0].writeLongRelease(8, i);
            g[0].push(1, 8, 8);
        }
        reader.join();
        assertEquals(0, violations[0], "reads that saw a counter before the payload pushed earlier");
        close(g);
    }

    @Test
    void aCrashedMemberStopsPushingAndIsSeenFailed() throws Exception {
        LocalFabricGroup[] g = LocalFabrics.open(3, 64);
        assertFalse(g[1].failed(0));
        g[0].crash();
        g[0].writeLongRelease(0, 5);
        g[0].pushAll(0, 8);
        assertEquals(0, g[1].readLongAcquire(0, 0));
        assertTrue(g[1].failed(0));
        assertTrue(g[2].failed(0));
        assertFalse(g[1].failed(2));
        close(g);
    }

    @Test
    void aPartitionCutsLinksBothWays() throws Exception {
        LocalFabricGroup[] g = LocalFabrics.open(3, 64);
        g[0].wire().partition(2);
        assertTrue(g[0].failed(2));
        assertTrue(g[2].failed(1));
        assertFalse(g[0].failed(1));
        g[2].writeLongRelease(0, 9);
        g[2].pushAll(0, 8);
        assertEquals(0, g[0].readLongAcquire(2, 0));
        close(g);
    }

    @Test
    void providerHasLowestPreferenceAndReachesOnlyThisJvm() {
        FabricProvider p = ServiceLoader.load(FabricProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(x -> x.name().equals("local")).findFirst().orElseThrow();
        assertEquals(Integer.MIN_VALUE, p.preference());
        assertTrue(p.reaches(new LocalFabricProvider().localLocator()));
        assertFalse(p.reaches("shm:otherhost:/dev/shm/x"));
    }

    @Test
    void openingTheSameViewWithAnotherRowSizeNamesTheLayout() throws Exception {
        LocalFabricGroup[] g = LocalFabrics.open(2, 64);
        var ex = assertThrows(IllegalArgumentException.class, () -> new LocalFabricProvider().open(
                new io.sirocco.stores.fabric.GroupLayout(g[0].layout().group(), 1, g[0].layout().memberLocators(),
                        0, 128)));
        assertTrue(ex.getMessage().startsWith("layout"));
        close(g);
    }

    static void close(LocalFabricGroup[] g) {
        for (LocalFabricGroup x : g) {
            x.close();
        }
    }
}
