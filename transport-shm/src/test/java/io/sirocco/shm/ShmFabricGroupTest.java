package io.sirocco.shm;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Several members of one view in this JVM, each with its own mapping of the segment. */
class ShmFabricGroupTest {
    private static final long TIMEOUT = TimeUnit.SECONDS.toNanos(60);

    private final ShmFabricProvider provider = ShmTestSupport.provider();
    private final List<FabricGroup> opened = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    @AfterEach
    void closeAll() {
        opened.forEach(FabricGroup::close);
        for (Path file : files) {
            assertFalse(Files.exists(file), "the last member to close deletes " + file);
        }
    }

    private FabricGroup open(GroupLayout layout) throws FabricException {
        FabricGroup group = provider.open(layout);
        opened.add(group);
        files.add(ShmTestSupport.segment(provider, layout));
        return group;
    }

    private FabricGroup[] openAll(String name, int members, int rowBytes) throws Exception {
        GroupLayout layout = ShmTestSupport.layout(provider, ShmTestSupport.uniqueGroup(name), members, 0, rowBytes);
        FabricGroup[] groups = new FabricGroup[members];
        for (int r = 0; r < members; r++) {
            groups[r] = open(ShmTestSupport.withRank(layout, r));
        }
        return groups;
    }

    @Test
    void aMillionPayloadsAreSeenBeforeTheirCounters() throws Exception {
        FabricGroup[] g = openAll("order", 2, StreamProtocol.ROW_BYTES);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(
                () -> StreamProtocol.write(g[1], 0, 1_000_000, TIMEOUT), r -> Thread.ofPlatform().start(r));
        StreamProtocol.read(g[0], new int[] {1}, 1_000_000, TIMEOUT);
        writer.get(60, TimeUnit.SECONDS);
    }

    @Test
    void twoWritersOneReader() throws Exception {
        FabricGroup[] g = openAll("fan-in", 3, StreamProtocol.ROW_BYTES);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> StreamProtocol.write(g[1], 0, 200_000, TIMEOUT),
                r -> Thread.ofPlatform().start(r));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> StreamProtocol.write(g[2], 0, 200_000, TIMEOUT),
                r -> Thread.ofPlatform().start(r));
        StreamProtocol.read(g[0], new int[] {1, 2}, 200_000, TIMEOUT);
        a.get(60, TimeUnit.SECONDS);
        b.get(60, TimeUnit.SECONDS);
    }

    @Test
    void rowsAreSharedAlignedAndSeparate() throws Exception {
        FabricGroup[] g = openAll("rows", 3, 72);
        g[1].row(1).set(ValueLayout.JAVA_LONG, 64, 42);
        g[1].writeLongRelease(0, 7);
        g[1].pushAll(0, 72);
        assertEquals(7, g[0].readLongAcquire(1, 0));
        assertEquals(42, g[2].row(1).get(ValueLayout.JAVA_LONG, 64));
        assertEquals(0, g[0].readLongAcquire(0, 0), "other rows untouched");
        assertEquals(0, g[0].readLongAcquire(2, 64));
        for (int r = 0; r < 3; r++) {
            assertEquals(72, g[0].row(r).byteSize());
            assertEquals(0, g[0].row(r).address() % SegmentGeometry.ALIGN, "row " + r + " starts a cache-line pair");
        }
    }

    @Test
    void closingIsAFailureSignalAndTheLastMemberDeletesTheFile() throws Exception {
        FabricGroup[] g = openAll("close", 3, 64);
        Path file = ShmTestSupport.segment(provider, g[0].layout());
        assertFalse(g[0].failed(1));
        assertFalse(g[0].failed(0), "never failed itself");
        g[1].close();
        assertTrue(g[0].failed(1));
        assertTrue(g[2].failed(1));
        assertFalse(g[0].failed(2));
        g[2].close();
        assertTrue(Files.exists(file), "rank 0 is still attached");
        g[0].close();
        assertFalse(Files.exists(file));
        g[0].close(); // idempotent
    }

    @Test
    void aPeerThatDiesBeforeAttachingIsFailed() throws Exception {
        ShmLocator me = ShmLocator.parse(provider.localLocator());
        ShmLocator ghost = new ShmLocator(me.bootId(), me.pidNamespace(), me.directoryKey(), 999_999_999, 1,
                me.directory());
        FabricGroup g = open(ShmTestSupport.of(ShmTestSupport.uniqueGroup("ghost"),
                List.of(me.format(), ghost.format()), 0, 64));
        assertTrue(g.failed(1), "no process has pid 999999999");
    }

    @Test
    void aMismatchedLayoutIsRefusedNamingTheFile() throws Exception {
        String group = ShmTestSupport.uniqueGroup("mismatch");
        FabricGroup first = open(ShmTestSupport.layout(provider, group, 2, 0, 64));
        Path file = ShmTestSupport.segment(provider, first.layout());

        FabricException rows = assertThrows(FabricException.class,
                () -> provider.open(ShmTestSupport.layout(provider, group, 2, 1, 128)));
        assertTrue(rows.getMessage().contains(file.toString()), rows.getMessage());
        assertTrue(rows.getMessage().contains("rowBytes 64"), rows.getMessage());

        FabricException members = assertThrows(FabricException.class,
                () -> provider.open(ShmTestSupport.layout(provider, group, 3, 1, 64)));
        assertTrue(members.getMessage().contains("2 members"), members.getMessage());

        ShmLocator me = ShmLocator.parse(provider.localLocator());
        ShmLocator other = new ShmLocator(me.bootId(), me.pidNamespace(), me.directoryKey(), me.pid(), 12345,
                me.directory());
        FabricException locators = assertThrows(FabricException.class,
                () -> provider.open(ShmTestSupport.of(group, List.of(me.format(), other.format()), 1, 64)));
        assertTrue(locators.getMessage().contains("different layout"), locators.getMessage());
        assertTrue(locators.getMessage().contains(file.toString()), locators.getMessage());

        FabricException twice = assertThrows(FabricException.class,
                () -> provider.open(ShmTestSupport.layout(provider, group, 2, 0, 64)));
        assertTrue(twice.getMessage().contains("rank 0"), twice.getMessage());
        assertTrue(twice.getMessage().contains("already taken"), twice.getMessage());
    }

    @Test
    void argumentErrorsNameTheArgument() throws Exception {
        FabricGroup[] g = openAll("args", 2, 64);
        FabricGroup a = g[0];
        assertArgument("rank", () -> a.row(2));
        assertArgument("rank", () -> a.readLongAcquire(-1, 0));
        assertArgument("rank", () -> a.push(2, 0, 8));
        assertArgument("rank", () -> a.failed(5));
        assertArgument("offset", () -> a.readLongAcquire(1, 4));
        assertArgument("offset", () -> a.readLongAcquire(1, 64));
        assertArgument("offset", () -> a.writeLongRelease(-8, 1));
        assertArgument("offset", () -> a.push(1, -8, 8));
        assertArgument("offset", () -> a.pushAll(72, 0));
        assertArgument("length", () -> a.push(1, 8, 64));
        assertArgument("length", () -> a.pushAll(0, -1));
        a.push(1, 0, 64); // the whole row is fine
        a.push(1, 64, 0);
    }

    @Test
    void pushAndReadDoNotAllocate() throws Exception {
        FabricGroup[] g = openAll("alloc", 2, 64);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = spin(g, 200_000); // warm up
        long before = threads.getCurrentThreadAllocatedBytes();
        sum += spin(g, 1_000_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 64 * 1024, allocated + " bytes allocated by 1M write/push/read rounds (" + sum + ")");
    }

    private static long spin(FabricGroup[] g, int rounds) {
        long sum = 0;
        for (int i = 0; i < rounds; i++) {
            g[0].row(0).set(ValueLayout.JAVA_LONG, 8, i);
            g[0].push(1, 8, 8);
            g[0].writeLongRelease(0, i);
            g[0].pushAll(0, 8);
            sum += g[1].readLongAcquire(0, 0) + g[1].row(0).get(ValueLayout.JAVA_LONG, 8);
        }
        return sum;
    }

    private static void assertArgument(String name, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
    }
}
