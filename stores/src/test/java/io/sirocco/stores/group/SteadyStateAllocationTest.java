package io.sirocco.stores.group;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.local.LocalFabrics;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** "No allocation per message": bytes allocated by the sending and the delivering threads, measured. */
class SteadyStateAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void sendingAndDeliveringAllocateNothingPerMessage() throws Exception {
        for (DeliveryMode mode : DeliveryMode.values()) {
            int warm = 20_000;
            int measured = 50_000;
            long[] deliveredAt = new long[3]; // [count, bytes at warm end, bytes at last]
            DeliveryHandler h = (rank, index, seq, row, offset, length) -> {
                long c = ++deliveredAt[0];
                if (c == warm) {
                    deliveredAt[1] = THREADS.getCurrentThreadAllocatedBytes();
                } else if (c == warm + measured) {
                    deliveredAt[2] = THREADS.getCurrentThreadAllocatedBytes();
                }
            };
            GroupConfig c = GroupConfig.of(mode).withWindow(64).withMaxPayload(64)
                    .withSenderRanks(java.util.List.of(0));
            var f = LocalFabrics.open(2, MulticastGroup.rowBytes(c, 2));
            MulticastGroup a = MulticastGroup.start(f[0], c, (r, i, s, row, o, l) -> { });
            MulticastGroup b = MulticastGroup.start(f[1], c, h);
            Members.send(a, warm, 64);
            long before = THREADS.getCurrentThreadAllocatedBytes();
            Members.send(a, measured, 64);
            long sender = THREADS.getCurrentThreadAllocatedBytes() - before;
            while (deliveredAt[2] == 0 && b.isRunning()) {
                Thread.sleep(1);
            }
            long receiver = deliveredAt[2] - deliveredAt[1];
            System.out.printf("%s: sender %d B, receiver %d B over %d messages%n", mode, sender, receiver, measured);
            // Lock-queue nodes when the window is full (how often depends on scheduling) are allowed;
            // a per-message object (16 B or more) is not: the bound is 8 B per message.
            long bound = 8L * measured;
            assertTrue(sender < bound, mode + " sender allocated " + sender + " B for " + measured + " messages");
            assertTrue(receiver < bound, mode + " receiver allocated " + receiver + " B for " + measured);
            a.close();
            b.close();
        }
    }
}
