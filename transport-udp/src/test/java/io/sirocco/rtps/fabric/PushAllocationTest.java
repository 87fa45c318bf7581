package io.sirocco.rtps.fabric;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricGroup;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Pushing copies into pooled buffers: the pushing thread allocates (almost) nothing per push. */
class PushAllocationTest {

    @Test
    void steadyPushingAllocatesAlmostNothingPerPush() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (NetMembers m = new NetMembers(3)) {
            FabricGroup[] g = m.open("allocation", 1, 128);
            long thread = Thread.currentThread().threadId();
            int warmup = 100_000;
            int pushes = 200_000;
            for (int round = 0; round < 2; round++) {
                int n = round == 0 ? warmup : pushes;
                long before = threads.getThreadAllocatedBytes(thread);
                for (int i = 1; i <= n; i++) {
                    g[0].writeLongRelease(64, i);
                    g[0].pushAll(0, 72);
                    if ((i & 1023) == 0) {
                        NetFabricGroupTest.awaitAtLeast(g[2], 0, 64, i - 512); // keep the outbox short
                    }
                }
                long perPush = (threads.getThreadAllocatedBytes(thread) - before) / (2L * n);
                if (round == 1) {
                    System.out.println("bytes allocated per push: " + perPush);
                    assertTrue(perPush < 16, perPush + " bytes allocated per push");
                }
            }
        }
    }
}
