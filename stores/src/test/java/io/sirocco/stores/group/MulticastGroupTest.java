package io.sirocco.stores.group;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.local.LocalFabrics;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class MulticastGroupTest {

    private static final int N = 10_000;

    private static void sendConcurrently(Members m, int... ranks) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        for (int r : ranks) {
            threads.add(Thread.ofPlatform().name("sender-" + r).start(() -> {
                try {
                    Members.send(m.groups[r], N, 16);
                } catch (Throwable t) {
                    synchronized (errors) {
                        errors.add(t);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), errors);
    }

    /** Each sender's counters appear 0..N-1 in order, none missing, none extra. */
    private static void assertFifoAndComplete(long[] delivered, int... senders) {
        int[] next = new int[8];
        for (long d : delivered) {
            int rank = (int) (d >>> 32);
            int counter = (int) d;
            assertEquals(next[rank], counter, "sender " + rank + " message out of order or lost");
            next[rank]++;
        }
        for (int s : senders) {
            assertEquals(N, next[s], "messages of sender " + s);
        }
        assertEquals((long) N * senders.length, delivered.length);
    }

    @Test
    void orderedDeliveryIsIdenticalAndCompleteAtEveryMember() throws Exception {
        try (Members m = new Members(3, GroupConfig.of(DeliveryMode.ORDERED).withWindow(64).withMaxPayload(64))) {
            sendConcurrently(m, 0, 1, 2);
            m.awaitDelivered(3L * N);
            long[] first = m.recorders[0].delivered();
            assertFifoAndComplete(first, 0, 1, 2);
            for (int r = 1; r < 3; r++) {
                assertArrayEquals(first, m.recorders[r].delivered(), "member " + r + " order");
            }
        }
    }

    @Test
    void unorderedDeliveryIsFifoPerSenderAndLosesNothing() throws Exception {
        try (Members m = new Members(3, GroupConfig.of(DeliveryMode.UNORDERED).withWindow(64).withMaxPayload(64))) {
            sendConcurrently(m, 0, 1, 2);
            m.awaitDelivered(3L * N);
            for (int r = 0; r < 3; r++) {
                assertFifoAndComplete(m.recorders[r].delivered(), 0, 1, 2);
            }
        }
    }

    @Test
    void anIdleSenderDoesNotStallOrderedDelivery() throws Exception {
        try (Members m = new Members(3, GroupConfig.of(DeliveryMode.ORDERED).withWindow(32).withMaxPayload(16))) {
            sendConcurrently(m, 0, 2); // rank 1 never sends: its nulls keep the order moving
            m.awaitDelivered(2L * N);
            long[] first = m.recorders[0].delivered();
            assertFifoAndComplete(first, 0, 2);
            assertArrayEquals(first, m.recorders[1].delivered());
            assertArrayEquals(first, m.recorders[2].delivered());
        }
    }

    @Test
    void aMemberThatDoesNotSendStillDeliversTheSameOrder() throws Exception {
        GroupConfig c = GroupConfig.of(DeliveryMode.ORDERED).withWindow(32).withMaxPayload(16)
                .withSenderRanks(List.of(0, 2));
        try (Members m = new Members(3, c)) {
            assertFalse(m.groups[1].isSender());
            var e = assertThrows(IllegalStateException.class, () -> m.groups[1].claim());
            assertTrue(e.getMessage().contains("not one of this group's senders"));
            sendConcurrently(m, 0, 2);
            m.awaitDelivered(2L * N);
            long[] first = m.recorders[0].delivered();
            assertFifoAndComplete(first, 0, 2);
            assertArrayEquals(first, m.recorders[1].delivered());
            assertArrayEquals(first, m.recorders[2].delivered());
        }
    }

    @Test
    void aFullWindowBlocksTheSenderUntilReceiversCatchUp() throws Exception {
        for (DeliveryMode mode : DeliveryMode.values()) {
            CountDownLatch release = new CountDownLatch(1);
            DeliveryHandler stuck = (rank, index, seq, row, offset, length) -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            int window = 4;
            try (Members m = new Members(2, GroupConfig.of(mode).withWindow(window).withMaxPayload(8), stuck)) {
                MulticastGroup sender = m.groups[0];
                Members.send(sender, window, 4);
                // Member 1 is stuck in its first delivery, so no slot can free up whatever the timing.
                assertNull(sender.tryClaim(), mode + ": no free slot while member 1 holds the first message");
                Thread blocked = Thread.ofPlatform().start(() -> Members.send(sender, 1, 4));
                Thread.sleep(50);
                assertTrue(blocked.isAlive(), mode + ": claim waits for the receiver");
                assertEquals(0, m.recorders[1].count());
                release.countDown();
                blocked.join();
                m.awaitDelivered(window + 1);
            }
        }
    }

    @Test
    void aPayloadThatExactlyFillsTheSlotArrivesWhole() throws Exception {
        int max = 1003; // not a multiple of 8: the slot pads, the capacity does not
        byte[][] got = new byte[2][];
        DeliveryHandler capture = (rank, index, seq, row, offset, length) ->
                got[1] = row.asSlice(offset, length).toArray(ValueLayout.JAVA_BYTE);
        try (Members m = new Members(2, GroupConfig.of(DeliveryMode.ORDERED).withWindow(2).withMaxPayload(max),
                capture)) {
            MulticastGroup g = m.groups[0];
            var slot = g.claim();
            assertEquals(max, slot.capacity());
            byte[] data = new byte[max];
            for (int i = 0; i < max; i++) {
                data[i] = (byte) (i * 31 + 7);
            }
            MemorySegment.copy(data, 0, slot.payload(), ValueLayout.JAVA_BYTE, 0, max);
            g.commit(slot, max);
            m.awaitDelivered(1);
            assertArrayEquals(data, got[1]);
            var big = assertThrows(IllegalArgumentException.class,
                    () -> g.send(MemorySegment.ofArray(new byte[max + 1]), 0, max + 1));
            assertTrue(big.getMessage().startsWith("length"), big.getMessage());
            var slot2 = g.claim();
            var commitTooBig = assertThrows(IllegalArgumentException.class, () -> g.commit(slot2, max + 1));
            assertTrue(commitTooBig.getMessage().startsWith("length"));
            assertNotNull(g.tryClaim(), "a rejected commit gives the slot back");
        }
    }

    @Test
    void argumentErrorsNameTheArgument() throws Exception {
        GroupConfig ok = GroupConfig.of(DeliveryMode.ORDERED);
        assertMessage("window", () -> ok.withWindow(0));
        assertMessage("maxPayload", () -> ok.withMaxPayload(-1));
        assertMessage("senderRanks", () -> ok.withSenderRanks(List.of(2, 1)));
        assertMessage("senderRanks", () -> MulticastGroup.rowBytes(ok.withSenderRanks(List.of(0, 3)), 3));
        var wrongRows = LocalFabrics.open(2, 64);
        assertMessage("fabric", () -> MulticastGroup.start(wrongRows[0], ok, (a, b, c, d, e, f) -> { }));
        for (var f : wrongRows) {
            f.close();
        }
        try (Members m = new Members(2, ok.withWindow(4).withMaxPayload(8))) {
            var e = assertThrows(IllegalStateException.class, () -> m.groups[0].commit(null, 1));
            assertTrue(e.getMessage().startsWith("slot"));
            assertThrows(NullPointerException.class, () -> m.groups[0].send(null, 0, 1), "source");
        }
    }

    private static void assertMessage(String argument, Runnable r) {
        var e = assertThrows(IllegalArgumentException.class, r::run);
        assertTrue(e.getMessage().startsWith(argument + ":"), e.getMessage());
    }

    @Test
    void aThrowingHandlerStopsTheGroupAndSendersAreTold() throws Exception {
        DeliveryHandler boom = (rank, index, seq, row, offset, length) -> {
            throw new IllegalStateException("handler failed");
        };
        try (Members m = new Members(2, GroupConfig.of(DeliveryMode.UNORDERED).withWindow(2).withMaxPayload(8),
                boom)) {
            Members.send(m.groups[1], 1, 4);
            while (m.groups[1].isRunning()) {
                Thread.sleep(1);
            }
            assertEquals("handler failed", m.groups[1].failure().getMessage());
            var e = assertThrows(IllegalStateException.class, () -> Members.send(m.groups[1], 1, 4));
            assertTrue(e.getMessage().contains("failed"));
        }
    }
}
