package io.sirocco.rtps.fabric;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.group.DeliveryHandler;
import io.sirocco.stores.group.DeliveryMode;
import io.sirocco.stores.group.GroupConfig;
import io.sirocco.stores.group.MulticastGroup;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The group engine of stores/ on the network fabric: ordered multicast among 3 members. */
class NetMulticastGroupTest {
    private static final int PER_SENDER = 2_000;

    /** Records {@code senderRank << 32 | counter}, the counter being the payload's first 4 bytes. */
    private static final class Recorder implements DeliveryHandler {
        private final long[] seen = new long[3 * PER_SENDER];
        private volatile int count;

        @Override
        public void deliver(int senderRank, long index, long globalSeq, MemorySegment row, long offset, int length) {
            seen[count] = (long) senderRank << 32 | row.get(ValueLayout.JAVA_INT_UNALIGNED, offset);
            count = count + 1;
        }
    }

    @Test
    void orderedMulticastDeliversTheSameCompleteSequenceAtEveryMember() throws Exception {
        GroupConfig config = GroupConfig.of(DeliveryMode.ORDERED).withWindow(64).withMaxPayload(32);
        Recorder[] recorders = {new Recorder(), new Recorder(), new Recorder()};
        MulticastGroup[] groups = new MulticastGroup[3];
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (NetMembers m = new NetMembers(3)) {
            List<String> locators = m.locators();
            List<Future<MulticastGroup>> opening = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                int rank = r;
                opening.add(pool.submit(() -> MulticastGroup.open(m.providers[rank], "multicast", 1, locators, rank,
                        config, recorders[rank])));
            }
            for (int r = 0; r < 3; r++) {
                groups[r] = opening.get(r).get();
            }
            List<Future<?>> sending = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                MulticastGroup g = groups[r];
                sending.add(pool.submit(() -> {
                    for (int i = 0; i < PER_SENDER; i++) {
                        var slot = g.claim();
                        slot.payload().set(ValueLayout.JAVA_INT_UNALIGNED, 0, i);
                        g.commit(slot, 8);
                    }
                    return null;
                }));
            }
            for (Future<?> f : sending) {
                f.get();
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            for (int r = 0; r < 3; r++) {
                while (recorders[r].count < 3 * PER_SENDER) {
                    assertTrue(groups[r].isRunning(), "member " + r + " stopped: " + groups[r].failure());
                    assertTrue(System.nanoTime() < deadline, "member " + r + " delivered " + recorders[r].count);
                    Thread.sleep(2);
                }
            }
            long[] first = recorders[0].seen;
            int[] next = new int[3];
            for (long d : first) {
                int sender = (int) (d >>> 32);
                assertEquals(next[sender]++, (int) d, "sender " + sender + "'s messages in order, none lost");
            }
            for (int r = 1; r < 3; r++) {
                assertTrue(Arrays.equals(first, recorders[r].seen), "member " + r + " delivered another order");
            }
        } finally {
            for (MulticastGroup g : groups) {
                if (g != null) {
                    g.close();
                }
            }
            pool.shutdownNow();
        }
    }
}
