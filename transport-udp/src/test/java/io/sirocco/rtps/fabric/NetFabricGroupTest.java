package io.sirocco.rtps.fabric;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NetFabricGroupTest {
    private static final int ROW = 128;
    private static final long COUNTER = 64;

    /** Runs {@code check(rank)} for every peer of rank 0 on its own thread; rethrows the first failure. */
    private static void onPeers(int n, PeerCheck check, Runnable sender) throws Exception {
        AtomicReference<Throwable> error = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int r = 1; r < n; r++) {
            int rank = r;
            threads.add(Thread.ofPlatform().name("peer-" + r).start(() -> {
                try {
                    check.run(rank);
                } catch (Throwable t) {
                    error.compareAndSet(null, t);
                }
            }));
        }
        sender.run();
        for (Thread t : threads) {
            t.join(60_000);
            assertFalse(t.isAlive(), "peer thread " + t.getName() + " still waiting");
        }
        if (error.get() != null) {
            throw new AssertionError(error.get());
        }
    }

    interface PeerCheck {
        void run(int rank) throws Exception;
    }

    private static long word(long i) {
        return i << 32 | i;
    }

    @Test
    void aPayloadPushedBeforeItsCounterIsSeenWithTheCounterByEveryPeer() throws Exception {
        int iterations = 200_000;
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] g = m.open("ordering", 1, ROW);
            MemorySegment mine = g[0].row(0);
            onPeers(3, rank -> {
                long last = 0;
                while (last < iterations) {
                    long c = g[rank].readLongAcquire(0, COUNTER);
                    if (c == last) {
                        Thread.onSpinWait();
                        continue;
                    }
                    assertTrue(c > last, "counter went back from " + last + " to " + c);
                    for (long off = 0; off < COUNTER; off += 8) {
                        long w = g[rank].readLongAcquire(0, off);
                        assertEquals(w >>> 32, w & 0xFFFF_FFFFL, "torn word at " + off + ": " + Long.toHexString(w));
                        assertTrue((w & 0xFFFF_FFFFL) >= c, "payload " + (w & 0xFFFF_FFFFL) + " older than counter " + c);
                    }
                    last = c;
                }
            }, () -> {
                for (long i = 1; i <= iterations; i++) {
                    for (long off = 0; off < COUNTER; off += 8) {
                        mine.set(ValueLayout.JAVA_LONG, off, word(i));
                    }
                    g[0].pushAll(0, COUNTER);
                    g[0].writeLongRelease(COUNTER, i);
                    g[0].pushAll(COUNTER, 8);
                }
            });
        }
    }

    @Test
    void pushesTakeEffectInPostOrderAndLeavePeersWithTheSendersRow() throws Exception {
        int iterations = 50_000;
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] g = m.open("post-order", 1, ROW);
            MemorySegment mine = g[0].row(0);
            onPeers(3, rank -> {
                long[] last = new long[ROW / 8];
                while (last[0] < iterations) {
                    for (int w = 0; w < last.length; w++) {
                        long v = g[rank].readLongAcquire(0, w * 8L);
                        assertTrue(v >= last[w], "word " + w + " went back from " + last[w] + " to " + v);
                        last[w] = v;
                    }
                }
            }, () -> {
                for (long i = 1; i <= iterations; i++) {
                    if ((i & 1) == 0) {
                        for (long off = 0; off < ROW; off += 8) {
                            mine.set(ValueLayout.JAVA_LONG, off, i);
                        }
                        g[0].pushAll(0, ROW); // a wide push...
                        mine.set(ValueLayout.JAVA_LONG, 0, i + 1);
                        g[0].pushAll(0, 8); // ...overlapped by a narrow one that must land after it
                    } else {
                        g[0].writeLongRelease(0, i);
                        g[0].pushAll(0, 8);
                    }
                }
                g[0].writeLongRelease(0, iterations);
                g[0].pushAll(0, ROW);
            });
            for (int r = 1; r < 3; r++) {
                assertEquals(-1, g[r].row(0).mismatch(mine), "rank " + r + "'s copy of rank 0's row");
            }
        }
    }

    @Test
    void unalignedRangesAndEveryMemberPushingAreApplied() throws Exception {
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] g = m.open("unaligned", 7, ROW);
            for (int r = 0; r < 3; r++) {
                for (int b = 0; b < ROW; b++) {
                    g[r].row(r).set(ValueLayout.JAVA_BYTE, b, (byte) (r * 100 + b));
                }
                g[r].pushAll(3, 61); // head, words and tail
                g[r].writeLongRelease(72, 1000 + r);
                g[r].pushAll(72, 8);
            }
            for (int holder = 0; holder < 3; holder++) {
                for (int owner = 0; owner < 3; owner++) {
                    if (holder == owner) {
                        continue;
                    }
                    awaitValue(g[holder], owner, 72, 1000 + owner);
                    MemorySegment copy = g[holder].row(owner);
                    for (int b = 0; b < ROW; b++) {
                        byte expected = b >= 3 && b < 64 ? (byte) (owner * 100 + b) : 0;
                        if (b >= 72 && b < 80) {
                            continue;
                        }
                        assertEquals(expected, copy.get(ValueLayout.JAVA_BYTE, b), "byte " + b + " of " + owner
                                + "'s row at " + holder);
                    }
                }
            }
        }
    }

    @Test
    void twoGroupsOverTheSameListenersDoNotMix() throws Exception {
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] a = m.open("group-a", 5, ROW);
            FabricGroup[] b = m.open("group-b", 5, ROW);
            FabricGroup[] a2 = m.open("group-a", 6, ROW); // next view of a, same listeners
            FabricGroup[][] all = {a, b, a2};
            for (int k = 0; k < all.length; k++) {
                for (int r = 0; r < 3; r++) {
                    all[k][r].writeLongRelease(8, (k + 1) * 10 + r);
                    all[k][r].pushAll(8, 8);
                }
            }
            for (int k = 0; k < all.length; k++) {
                for (int holder = 0; holder < 3; holder++) {
                    for (int owner = 0; owner < 3; owner++) {
                        awaitValue(all[k][holder], owner, 8, (k + 1) * 10 + owner);
                    }
                }
            }
        }
    }

    @Test
    void membersThatAreNotLinkedExchangeNothingAndDoNotWaitForEachOther() throws Exception {
        // Members 0 and 1 "share a host" (a tiered fabric links them through shared memory instead).
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] g = m.open("tiers", 1, (me, peer) -> me + peer != 1, ROW, ROW, ROW);
            for (int r = 0; r < 3; r++) {
                g[r].writeLongRelease(8, 100 + r);
                g[r].pushAll(8, 8);
                g[r].push(1 - Math.min(r, 1), 8, 8); // 0 -> 1, 1 -> 0, 2 -> 1 again
            }
            for (int holder = 0; holder < 3; holder++) {
                for (int owner = 0; owner < 3; owner++) {
                    if (owner != holder && holder + owner != 1) {
                        awaitValue(g[holder], owner, 8, 100 + owner);
                    }
                }
            }
            assertEquals(0, g[1].readLongAcquire(0, 8), "0's row never reaches 1 over the network");
            assertEquals(0, g[0].readLongAcquire(1, 8), "1's row never reaches 0 over the network");
            g[1].close();
            awaitFailed(g[2], 1);
            assertFalse(g[0].failed(1), "an unlinked peer is not this fabric's to fail");
        }
    }

    @Test
    void aClosedMemberIsFailedAtItsPeersAndPushesToItAreIgnored() throws Exception {
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] g = m.open("closing", 1, ROW);
            assertFalse(g[0].failed(2));
            g[2].close();
            for (int r = 0; r < 2; r++) {
                awaitFailed(g[r], 2);
                assertFalse(g[r].failed(1 - r), "the other survivor");
                g[r].pushAll(0, ROW); // to a failed peer: ignored
            }
            g[0].writeLongRelease(0, 42);
            g[0].pushAll(0, 8);
            awaitValue(g[1], 0, 0, 42);
        }
    }

    @Test
    void aMemberThatStopsHeartbeatingIsFailed() throws Exception {
        // A raw socket plays rank 1: it accepts our hello, then keeps the connection open and silent.
        // (NetFabricProcessTest does the same with a SIGSTOPped process.)
        try (NetMembers m = new NetMembers(1, NetMembers.settings().withHeartbeat(100, 1_000))) {
            NetFabricProvider p = m.providers[0];
            try (java.net.ServerSocket fake = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                String fakeLocator = new NetLocator("127.0.0.1", fake.getLocalPort(), 1).format();
                GroupLayout layout = new GroupLayout("silent", 1, List.of(p.localLocator(), fakeLocator), 0, ROW);
                Thread acceptor = Thread.ofPlatform().start(() -> {
                    try (java.net.Socket s = fake.accept()) {
                        s.getOutputStream().write(Frames.ACCEPT); // answer the hello, then say nothing more
                        s.getOutputStream().flush();
                        Thread.sleep(10_000);
                    } catch (Exception e) {
                        // closed by the test
                    }
                });
                FabricGroup g = p.open(layout);
                try {
                    assertFalse(g.failed(1));
                    awaitFailed(g, 1); // after the 1 s peer timeout
                } finally {
                    g.close();
                    acceptor.interrupt();
                }
            }
        }
    }

    @Test
    void mismatchedRowSizesFailBothOpensNamingTheGroup() throws Exception {
        try (NetMembers m = new NetMembers(2)) {
            Exception e = assertThrows(Exception.class, () -> m.open("mismatch-group", 3, 64, 128));
            FabricException f = NetMembers.expectFabricException(e);
            String all = f.getMessage() + " " + (f.getSuppressed().length > 0 ? f.getSuppressed()[0].getMessage() : "");
            assertTrue(all.contains("mismatch-group"), all);
            assertTrue(all.contains("rowBytes 64 there, 128 here") || all.contains("rowBytes 128 there, 64 here"), all);
            assertEquals(1, f.getSuppressed().length, "both members fail: " + all);
        }
    }

    @Test
    void mismatchedMemberListsAreRefused() throws Exception {
        try (NetMembers m = new NetMembers(2); NetMembers other = new NetMembers(1)) {
            List<String> real = m.locators();
            List<String> wrong = List.of(real.get(0), real.get(1), other.locators().get(0));
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    m.providers[1].open(new GroupLayout("lists", 1, real, 1, ROW)).close();
                } catch (FabricException e) {
                    // expected too
                }
            });
            FabricException f = assertThrows(FabricException.class,
                    () -> m.providers[0].open(new GroupLayout("lists", 1, wrong, 0, ROW)));
            t.join();
            assertTrue(f.getMessage().contains("lists") && f.getMessage().contains("3 members there, 2 here"),
                    f.getMessage());
        }
    }

    @Test
    void anUnreachableMemberFailsOpenNamingIt() throws Exception {
        try (NetMembers m = new NetMembers(1, NetMembers.settings().withConnectTimeout(500));
                java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = closed.getLocalPort();
            closed.close(); // nothing listens there now
            String absent = new NetLocator("127.0.0.1", port, 7).format();
            String never = new NetLocator("127.0.0.1", 9, 8).format();
            GroupLayout layout = new GroupLayout("lonely", 1, List.of(never, m.providers[0].localLocator(), absent),
                    1, ROW);
            FabricException f = assertThrows(FabricException.class, () -> m.providers[0].open(layout));
            assertTrue(f.getMessage().contains("lonely") && f.getMessage().contains("member 2 (" + absent)
                    && f.getMessage().contains("member 0 (" + never) && f.getMessage().contains("fabricConnectTimeout"),
                    f.getMessage());
        }
    }

    @Test
    void argumentsAreChecked() throws Exception {
        try (NetMembers m = new NetMembers(2)) {
            FabricGroup[] g = m.open("arguments", 1, ROW);
            assertThrows(IndexOutOfBoundsException.class, () -> g[0].push(1, 120, 16));
            assertThrows(IndexOutOfBoundsException.class, () -> g[0].push(2, 0, 8));
            assertThrows(IndexOutOfBoundsException.class, () -> g[0].row(2));
            g[0].push(0, 0, ROW); // to oneself: nothing to do
            assertFalse(g[0].failed(0));
        }
    }

    static void awaitValue(FabricGroup g, int owner, long offset, long value) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (g.readLongAcquire(owner, offset) != value) {
            assertTrue(System.nanoTime() < deadline, "rank " + g.myRank() + " never saw " + value + " at " + offset
                    + " of rank " + owner + "'s row (has " + g.readLongAcquire(owner, offset) + ")");
            Thread.sleep(1);
        }
    }

    static void awaitAtLeast(FabricGroup g, int owner, long offset, long value) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (g.readLongAcquire(owner, offset) < value) {
            assertTrue(System.nanoTime() < deadline, "rank " + g.myRank() + " never saw " + value + " or more at "
                    + offset + " of rank " + owner + "'s row (has " + g.readLongAcquire(owner, offset) + ")");
            Thread.sleep(1);
        }
    }

    static void awaitFailed(FabricGroup g, int rank) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!g.failed(rank)) {
            assertTrue(System.nanoTime() < deadline, "rank " + g.myRank() + " never saw rank " + rank + " failed");
            Thread.sleep(5);
        }
    }
}
