package io.sirocco.conformance.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.conformance.wire.PeerJvm;
import io.sirocco.stores.group.DeliveryMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's multi-process tests of the group engine over the shared-memory fabric ({@code shm}):
 * three members, each a JVM of its own ({@link GroupMember}) on this host, all sending at once.
 *
 * <p><b>Engine level:</b> the DCPS integration (ATOMIC/EVENTUAL topics on the group engine) is not
 * built yet, so these tests drive {@code io.sirocco.stores.group.MulticastGroup} directly: ORDERED
 * delivery stands for an ATOMIC topic, UNORDERED for an EVENTUAL accelerated one, a 64-byte message
 * (sender, per-sender counter, filler, checksum) for a sample. Once topics map to groups, the same
 * checks belong on DataWriters and DataReaders.
 *
 * <p>Segments go to a directory of this test's own under {@code /dev/shm}, deleted after each test
 * whatever happened (members still running are killed first). No timing is asserted: waits are
 * generous ({@link GroupJvms#STEP}) and only a hung member runs into them.
 */
class SharedMemoryGroupProcessesTest {
    private static final int MEMBERS = 3;
    private static final int COUNT = 10_000;
    /** Generous where failure detection is not what is tested: a loaded 2-core machine must not trip it. */
    private static final Duration RELAXED_SUSPECT_AFTER = Duration.ofSeconds(5);
    /** What the failure tests configure: a member whose heartbeat is silent this long is suspected. */
    private static final Duration SUSPECT_AFTER = Duration.ofSeconds(1);

    @TempDir
    Path logs;
    private Path segments;
    private GroupJvms group;

    @BeforeEach
    void sharedMemory() {
        segments = GroupJvms.sharedMemoryDirectory();
    }

    @AfterEach
    void cleanUp() {
        try {
            if (group != null) {
                group.close();
            }
        } finally {
            GroupJvms.deleteRecursively(segments);
        }
    }

    private GroupJvms start(DeliveryMode mode, Duration suspectAfter, long progressAt) {
        PeerJvm jvm = PeerJvm.inDomain(0).with("shmDirectory", segments.toString());
        group = GroupJvms.start(Collections.nCopies(MEMBERS, jvm), "shm", mode, "conformance-" + mode,
                COUNT, logs, suspectAfter, progressAt);
        return group;
    }

    @Test
    void orderedGroupOfThreeJvmsDeliversTheSameCompleteSequenceEverywhere() {
        start(DeliveryMode.ORDERED, RELAXED_SUSPECT_AFTER, 0);
        group.awaitDone(0, 1, 2);
        group.exit(0, 1, 2);

        long[] first = group.delivered(0);
        assertEquals(MEMBERS * COUNT, first.length, "member 0 delivered everything");
        assertArrayEquals(new int[] {COUNT, COUNT, COUNT}, GroupJvms.assertFifoPerSender(first, MEMBERS, "member 0"));
        for (int rank = 1; rank < MEMBERS; rank++) {
            assertArrayEquals(first, group.delivered(rank), "member " + rank + " delivered what member 0 did");
        }
    }

    @Test
    void killedMemberIsRemovedAndSurvivorsDeliverTheSameSequence() {
        // kill -9: the fabric reports the dead process (failure signal), typically within milliseconds.
        start(DeliveryMode.ORDERED, SUSPECT_AFTER, MEMBERS * COUNT / 3);
        group.assertSurvivorsGoOnWithout(2, GroupJvms::kill, "killed", COUNT, SUSPECT_AFTER);
    }

    @Test
    void killedLeaderIsRemovedAndSurvivorsDeliverTheSameSequence() {
        // Rank 0 leads view changes; the survivors must pick rank 1 as leader of this one.
        start(DeliveryMode.ORDERED, SUSPECT_AFTER, MEMBERS * COUNT / 3);
        group.assertSurvivorsGoOnWithout(0, GroupJvms::kill, "killed", COUNT, SUSPECT_AFTER);
    }

    @Test
    void hungMemberIsSuspectedByHeartbeatAndSurvivorsDeliverTheSameSequence() {
        // SIGSTOP: the process lives, so only the heartbeat silence of suspectAfter gives it away.
        start(DeliveryMode.ORDERED, SUSPECT_AFTER, MEMBERS * COUNT / 3);
        group.assertSurvivorsGoOnWithout(2, GroupJvms::suspend, "stopped", COUNT, SUSPECT_AFTER);
    }

    @Test
    void unorderedGroupOfThreeJvmsDeliversEverySendersMessagesInOrder() {
        start(DeliveryMode.UNORDERED, RELAXED_SUSPECT_AFTER, 0);
        group.awaitDone(0, 1, 2);
        group.exit(0, 1, 2);

        for (int rank = 0; rank < MEMBERS; rank++) {
            long[] delivered = group.delivered(rank);
            assertEquals(MEMBERS * COUNT, delivered.length, "member " + rank + " delivered everything");
            assertArrayEquals(new int[] {COUNT, COUNT, COUNT},
                    GroupJvms.assertFifoPerSender(delivered, MEMBERS, "member " + rank),
                    "member " + rank + ": every message of every sender, once, in order");
        }
    }
}
