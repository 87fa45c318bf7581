package io.sirocco.shm;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Members in child JVMs: streaming across processes, kill -9, and files left behind by a crash. */
class ShmMultiProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long MESSAGES = 100_000;

    private final ShmFabricProvider provider = ShmTestSupport.provider();

    @Test
    void twoChildrenStreamToTheParentInOrder() throws Exception {
        try (ChildProcess a = ChildProcess.start("stream", Long.toString(MESSAGES));
                ChildProcess b = ChildProcess.start("stream", Long.toString(MESSAGES))) {
            GroupLayout layout = ShmTestSupport.of(ShmTestSupport.uniqueGroup("stream"),
                    List.of(provider.localLocator(), a.locator, b.locator), 0, StreamProtocol.ROW_BYTES);
            Path file = ShmTestSupport.segment(provider, layout);
            a.sendLayout(layout.group(), layout.viewId(), 1, layout.rowBytes(), layout.memberLocators());
            b.sendLayout(layout.group(), layout.viewId(), 2, layout.rowBytes(), layout.memberLocators());
            try (FabricGroup group = provider.open(layout)) { // races the children's opens on purpose
                long start = System.nanoTime();
                StreamProtocol.read(group, new int[] {1, 2}, MESSAGES, TimeUnit.SECONDS.toNanos(60));
                System.out.println("2 x " + MESSAGES + " messages from child JVMs checked in "
                        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
                a.expect("DONE", WAIT);
                b.expect("DONE", WAIT);
                assertEquals(0, a.waitFor(WAIT));
                assertEquals(0, b.waitFor(WAIT));
                assertTrue(group.failed(1) && group.failed(2), "children closed: detached");
            }
            assertFalse(Files.exists(file), "the last member to close deletes the segment");
        }
    }

    @Test
    void processesCreatingOneSegmentAtOnceMeetInIt() throws Exception {
        int views = 30;
        try (ChildProcess a = ChildProcess.start("views", Integer.toString(views));
                ChildProcess b = ChildProcess.start("views", Integer.toString(views))) {
            GroupLayout layout = ShmTestSupport.of(ShmTestSupport.uniqueGroup("race"),
                    List.of(a.locator, provider.localLocator(), b.locator), 1, 64);
            a.sendLayout(layout.group(), layout.viewId(), 0, 64, layout.memberLocators());
            b.sendLayout(layout.group(), layout.viewId(), 2, 64, layout.memberLocators());
            ShmChild.meetInViews(provider, layout, views);
            a.expect("DONE", WAIT);
            b.expect("DONE", WAIT);
            assertEquals(0, a.waitFor(WAIT));
            assertEquals(0, b.waitFor(WAIT));
            for (long view = 1; view <= views; view++) {
                assertFalse(Files.exists(SegmentNames.path(provider.directory(), layout.group(), view)));
            }
        }
    }

    @Test
    void aKilledMemberIsSeenFailedByItsPeers() throws Exception {
        try (ChildProcess victim = ChildProcess.start("idle"); ChildProcess witness = ChildProcess.start("idle")) {
            GroupLayout layout = ShmTestSupport.of(ShmTestSupport.uniqueGroup("kill"),
                    List.of(provider.localLocator(), victim.locator, witness.locator), 0, 64);
            Path file = ShmTestSupport.segment(provider, layout);
            victim.sendLayout(layout.group(), layout.viewId(), 1, 64, layout.memberLocators());
            witness.sendLayout(layout.group(), layout.viewId(), 2, 64, layout.memberLocators());
            try (FabricGroup group = provider.open(layout)) {
                victim.expect("OPENED", WAIT);
                witness.expect("OPENED", WAIT);
                assertEquals(ShmChild.MARK, group.readLongAcquire(1, 0));
                assertFalse(group.failed(1));
                assertFalse(group.failed(2));

                victim.process.destroyForcibly();
                long killed = System.nanoTime();
                while (!group.failed(1)) {
                    assertTrue(System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(10), "failure not seen");
                    Thread.onSpinWait();
                }
                long seenMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
                witness.expect("FAILED\t1", Duration.ofSeconds(10));
                System.out.println("kill -9 seen by the parent after " + seenMillis + " ms");
                assertFalse(group.failed(2), "the witness is alive");
                assertTrue(Files.exists(file));

                witness.closeStdin();
                assertEquals(0, witness.waitFor(WAIT));
                assertTrue(group.failed(2), "the witness detached");
            }
            assertFalse(Files.exists(file), "the last live member deletes the segment; the dead one does not count");
        }
    }

    @Test
    void segmentsOfKilledProcessesAreCleanedUpByTheNextOpen() throws Exception {
        try (ChildProcess a = ChildProcess.start("idle"); ChildProcess b = ChildProcess.start("idle")) {
            // Each child opens a two-member view whose other member (this JVM) never comes, and dies.
            GroupLayout left = ShmTestSupport.of(ShmTestSupport.uniqueGroup("stale"),
                    List.of(a.locator, provider.localLocator()), 0, 64);
            GroupLayout reopened = ShmTestSupport.of(ShmTestSupport.uniqueGroup("stale"),
                    List.of(b.locator, provider.localLocator()), 0, 64);
            a.sendLayout(left.group(), left.viewId(), 0, 64, left.memberLocators());
            b.sendLayout(reopened.group(), reopened.viewId(), 0, 64, reopened.memberLocators());
            a.expect("OPENED", WAIT);
            b.expect("OPENED", WAIT);
            a.kill();
            b.kill();
            Path leftFile = ShmTestSupport.segment(provider, left);
            Path reopenedFile = ShmTestSupport.segment(provider, reopened);
            assertTrue(Files.exists(leftFile), "kill -9 leaves the segment behind");
            assertTrue(Files.exists(reopenedFile));

            // A fresh provider's first open sweeps the directory.
            ShmFabricProvider next = new ShmFabricProvider(provider.directory());
            try (FabricGroup other = next.open(ShmTestSupport.of(ShmTestSupport.uniqueGroup("sweeper"),
                    List.of(next.localLocator()), 0, 64))) {
                assertFalse(Files.exists(leftFile), "stale segment deleted");
                assertFalse(other.failed(0));
            }

            // Opening the very file of a crashed view replaces it with a fresh one.
            assertFalse(Files.exists(reopenedFile), "the sweep took this one too");
            try (FabricGroup group = next.open(ShmTestSupport.withRank(reopened, 1))) {
                assertEquals(0, group.row(0).get(ValueLayout.JAVA_LONG, 8), "a fresh segment, not the dead one's");
                assertTrue(group.failed(0), "its member 0 is dead");
            }
            assertFalse(Files.exists(reopenedFile));
        }
    }

    @Test
    void openingAStaleFileByNameReplacesIt() throws Exception {
        try (ChildProcess a = ChildProcess.start("idle")) {
            GroupLayout layout = ShmTestSupport.of(ShmTestSupport.uniqueGroup("stale-name"),
                    List.of(a.locator, provider.localLocator()), 0, 64);
            a.sendLayout(layout.group(), layout.viewId(), 0, 64, layout.memberLocators());
            a.expect("OPENED", WAIT);
            a.kill();
            Path file = ShmTestSupport.segment(provider, layout);
            assertTrue(Files.exists(file));
            long before = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).size();
            assertTrue(before > 0);
            // The provider here has swept already (or sweeps now): either way the dead view's data is gone.
            try (FabricGroup group = provider.open(ShmTestSupport.withRank(layout, 1))) {
                assertEquals(0, group.row(0).get(ValueLayout.JAVA_LONG, 8), "a fresh segment, not the dead one's");
                assertTrue(group.failed(0));
            }
            assertFalse(Files.exists(file));
        }
    }
}
