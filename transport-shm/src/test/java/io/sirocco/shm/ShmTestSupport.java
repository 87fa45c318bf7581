package io.sirocco.shm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sirocco.stores.fabric.GroupLayout;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A provider on the configured directory and group names no other run uses. */
final class ShmTestSupport {
    private static final String RUN = Long.toString(ProcessHandle.current().pid()) + "-"
            + Long.toString(System.nanoTime() & 0xffffff, 36);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private ShmTestSupport() {
    }

    static ShmFabricProvider provider() {
        ShmFabricProvider provider = new ShmFabricProvider();
        assumeTrue(provider.available(), "no writable shared-memory directory");
        return provider;
    }

    static String uniqueGroup(String name) {
        return "test-" + name + "-" + RUN + "-" + NEXT.incrementAndGet();
    }

    static GroupLayout layout(ShmFabricProvider provider, String group, int members, int rank, int rowBytes) {
        return new GroupLayout(group, 1, Collections.nCopies(members, provider.localLocator()), rank, rowBytes);
    }

    static Path segment(ShmFabricProvider provider, GroupLayout layout) {
        return SegmentNames.path(provider.directory(), layout.group(), layout.viewId());
    }

    static GroupLayout withRank(GroupLayout layout, int rank) {
        return new GroupLayout(layout.group(), layout.viewId(), layout.memberLocators(), rank, layout.rowBytes());
    }

    static GroupLayout of(String group, List<String> locators, int rank, int rowBytes) {
        return new GroupLayout(group, 1, locators, rank, rowBytes);
    }
}
