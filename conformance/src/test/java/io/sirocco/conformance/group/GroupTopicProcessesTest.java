package io.sirocco.conformance.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.conformance.wire.PeerJvm;
import io.sirocco.conformance.wire.PeerProcess;
import io.sirocco.conformance.wire.TwoHosts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's DCPS-level tests of group topics, each process a JVM of its own ({@link GroupTopicJvm}):
 * DataWriters and DataReaders with Consistency ATOMIC or Acceleration REQUIRED, matched through the
 * group engine's membership records and carried by it (shared memory by default, the network
 * fabric between network namespaces).
 */
@Timeout(180)
class GroupTopicProcessesTest {
    private static final Duration STEP = Duration.ofSeconds(60);
    private static final int COUNT = 10_000;

    @TempDir
    Path dir;
    private final List<PeerProcess> processes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        processes.forEach(PeerProcess::close);
    }

    /** Options of one process: what it has and asks for. */
    private record Member(String role, String consistency, String acceleration, String durability, int depth,
            int count, int instances, int writers, int readers) {
    }

    private static Member both(String consistency, String acceleration, int count, int members) {
        return new Member("pubsub", consistency, acceleration, "volatile", 0, count, 1, members, members);
    }

    /**
     * A child on loopback: RTPS on (this execution turns it off for single-JVM tests) with unicast
     * discovery on 127.0.0.1, as the wire tests run; the membership records travel over it.
     */
    private static PeerJvm loopback(int domain) {
        return PeerJvm.inDomain(domain).with("rtps", "true").with("interfaces", "lo").with("peers", "127.0.0.1")
                .with("multicast", "false");
    }

    private PeerProcess start(PeerJvm jvm, String topic, int id, Member m) {
        PeerProcess p = jvm.with("groupDiscoveryDelay", "500").startMain("group topic member " + id,
                GroupTopicJvm.class, List.of(Integer.toString(jvm.domainId()), topic, Integer.toString(id), m.role,
                        m.consistency, m.acceleration, m.durability, Integer.toString(m.depth),
                        Integer.toString(m.count), Integer.toString(m.instances), Integer.toString(m.writers),
                        Integer.toString(m.readers), dir.resolve("received-" + id + ".txt").toString()));
        processes.add(p);
        return p;
    }

    private static void awaitReceived(PeerProcess p, int atLeast) {
        while (true) {
            int n = Integer.parseInt(p.awaitLine("RECEIVED ", STEP).substring("RECEIVED ".length()));
            if (n >= atLeast) {
                return;
            }
        }
    }

    /** What process {@code id} received, as "key seq" lines. */
    private List<String> dump(PeerProcess p, int id) throws IOException {
        p.send("DUMP");
        p.awaitLine("DUMPED ", STEP);
        return Files.readAllLines(dir.resolve("received-" + id + ".txt"));
    }

    /** Waits until each of the first {@code n} processes received {@code total} samples; what each received. */
    private List<List<String>> receivedBy(List<PeerProcess> p, int n, int total) throws IOException {
        List<List<String>> received = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            awaitReceived(p.get(i), total);
            received.add(dump(p.get(i), i + 1));
        }
        return received;
    }

    /** Each writer's sequence numbers in the order received, by writer id (key / 100). */
    private static Map<Integer, List<Integer>> perWriter(List<String> received) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (String line : received) {
            String[] f = line.split(" ");
            out.computeIfAbsent(Integer.parseInt(f[0]) / 100, k -> new ArrayList<>()).add(Integer.parseInt(f[1]));
        }
        return out;
    }

    private static void assertPrefix(List<Integer> seqs, int length, String who) {
        assertEquals(length, seqs.size(), who + ": how many");
        for (int i = 0; i < seqs.size(); i++) {
            if (seqs.get(i) != i) {
                throw new AssertionError(who + ": sample " + i + " is seq " + seqs.get(i) + " (duplicate, gap or "
                        + "reordering)");
            }
        }
    }

    private List<PeerProcess> startAll(int domain, String topic, Member m, int members) {
        List<PeerProcess> started = new ArrayList<>();
        for (int id = 1; id <= members; id++) {
            started.add(start(loopback(domain), topic, id, m));
        }
        for (PeerProcess p : started) {
            p.awaitLine("READY", STEP);
        }
        return started;
    }

    @Test
    void threeProcessesWritingAnAtomicTopicConcurrentlyAllReceiveTheSameCompleteSequence() throws IOException {
        List<PeerProcess> p = startAll(211, "AtomicTicks", both("atomic", "required", COUNT, 3), 3);
        p.forEach(x -> x.send("GO"));
        List<List<String>> received = receivedBy(p, 3, 3 * COUNT);
        Map<Integer, List<Integer>> first = perWriter(received.get(0));
        for (int w = 1; w <= 3; w++) {
            assertPrefix(first.get(w), COUNT, "writer " + w + " at process 1");
        }
        assertEquals(received.get(0), received.get(1), "processes 1 and 2 received the same sequence");
        assertEquals(received.get(0), received.get(2), "processes 1 and 3 received the same sequence");
    }

    @Test
    void killingAMemberMidStreamLeavesTheSurvivorsWithTheSameSequence() throws IOException {
        int count = 60_000;
        List<PeerProcess> p = startAll(212, "AtomicKill", both("atomic", "required", count, 3), 3);
        p.forEach(x -> x.send("GO"));
        awaitReceived(p.get(0), 6_000);
        long killedAt = System.currentTimeMillis();
        p.get(2).kill();
        for (int i = 0; i < 2; i++) {
            long seen = Long.parseLong(p.get(i).awaitLine("WRITERS 2 ", STEP).split(" ")[2]);
            assertTrue(seen - killedAt < 5_000, "process " + (i + 1) + " unmatched the dead writer "
                    + (seen - killedAt) + " ms after the kill (suspectAfter is 1 s)");
            System.out.println("process " + (i + 1) + " unmatched the killed writer " + (seen - killedAt)
                    + " ms after kill -9");
        }
        for (int i = 0; i < 2; i++) {
            p.get(i).awaitLine("WROTE", STEP);
        }
        List<List<String>> received = receivedBy(p, 2, 2 * count);
        assertEquals(received.get(0), received.get(1), "the survivors received the same sequence");
        Map<Integer, List<Integer>> byWriter = perWriter(received.get(0));
        assertPrefix(byWriter.get(1), count, "surviving writer 1");
        assertPrefix(byWriter.get(2), count, "surviving writer 2");
        List<Integer> dead = byWriter.getOrDefault(3, List.of());
        assertPrefix(dead, dead.size(), "the killed writer's samples");
        assertTrue(dead.size() < count, "the writer was killed mid-stream (" + dead.size() + " of " + count + ")");
    }

    @Test
    void aProcessThatClosesItsParticipantLeavesAndTheOthersCarryOn() throws IOException {
        int count = 2_000;
        List<PeerProcess> p = startAll(216, "AtomicLeave", both("atomic", "required", count, 3), 3);
        p.forEach(x -> x.send("GO"));
        receivedBy(p, 3, 3 * count);
        p.get(2).send("EXIT");
        assertEquals(0, p.get(2).waitForExit(STEP), "the leaving process closes cleanly");
        for (int i = 0; i < 2; i++) {
            p.get(i).awaitLine("WRITERS 2 ", STEP);
        }
        // the two that stay still form a group: a new round of samples reaches both, in the same order
        p.get(0).send("GO");
        p.get(1).send("GO");
        List<List<String>> received = receivedBy(p, 2, 3 * count + 2 * count);
        assertEquals(received.get(0), received.get(1), "the two that stayed received the same sequence");
    }

    @Test
    void anEventualAcceleratedTopicDeliversEveryWritersSamplesInOrder() throws IOException {
        List<PeerProcess> p = startAll(213, "EventualTicks", both("eventual", "required", COUNT, 3), 3);
        p.forEach(x -> x.send("GO"));
        for (int i = 0; i < 3; i++) {
            awaitReceived(p.get(i), 3 * COUNT);
            Map<Integer, List<Integer>> byWriter = perWriter(dump(p.get(i), i + 1));
            for (int w = 1; w <= 3; w++) {
                assertPrefix(byWriter.get(w), COUNT, "writer " + w + " at process " + (i + 1));
            }
        }
    }

    @Test
    void aLateTransientLocalReaderGetsTheLastSamplesOfEachInstance() throws IOException {
        PeerProcess writer = start(loopback(214), "DurableTicks", 1,
                new Member("pub", "eventual", "required", "tl", 5, 200, 10, 0, 0));
        writer.awaitLine("READY", STEP);
        writer.send("GO");
        writer.awaitLine("WROTE", STEP);
        PeerProcess late = start(loopback(214), "DurableTicks", 2,
                new Member("sub", "eventual", "required", "tl", 5, 0, 1, 1, 0));
        late.awaitLine("READY", STEP);
        awaitReceived(late, 50);
        List<String> received = dump(late, 2);
        Map<Integer, List<Integer>> byInstance = new TreeMap<>();
        for (String line : received) {
            String[] f = line.split(" ");
            byInstance.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(Integer.parseInt(f[1]));
        }
        assertEquals(10, byInstance.size(), "every instance: " + byInstance);
        for (int k = 0; k < 10; k++) {
            assertEquals(List.of(150 + k, 160 + k, 170 + k, 180 + k, 190 + k), byInstance.get(100 + k),
                    "instance " + k + " holds its last five samples");
        }
    }

    @Test
    void anAtomicTopicWorksOverTheNetworkFabricBetweenTwoNamespaces() throws IOException {
        try (TwoHosts hosts = TwoHosts.create()) {
            int count = 5_000;
            Member m = both("atomic", "none", count, 2);
            PeerJvm a = PeerJvm.inDomain(215).with("rtps", "true").launchedBy(hosts.a().launcher()).with("interfaces", hosts.a().device())
                    .with("multicast", "false").with("peers", hosts.b().address());
            PeerJvm b = PeerJvm.inDomain(215).with("rtps", "true").launchedBy(hosts.b().launcher()).with("interfaces", hosts.b().device())
                    .with("multicast", "false").with("peers", hosts.a().address());
            List<PeerProcess> p = List.of(start(a, "AtomicNetns", 1, m), start(b, "AtomicNetns", 2, m));
            for (PeerProcess x : p) {
                x.awaitLine("READY", STEP);
            }
            p.forEach(x -> x.send("GO"));
            List<List<String>> received = receivedBy(p, 2, 2 * count);
            assertEquals(received.get(0), received.get(1), "both hosts received the same sequence");
            Map<Integer, List<Integer>> byWriter = perWriter(received.get(0));
            assertPrefix(byWriter.get(1), count, "writer on host A");
            assertPrefix(byWriter.get(2), count, "writer on host B");
            assertTrue(p.get(0).output().contains("udp fabric") || p.get(1).output().contains("udp fabric"),
                    "the group runs on the network fabric:\n" + p.get(0).output() + p.get(1).output());
            processes.forEach(PeerProcess::close);
        }
    }
    /**
     * Two processes on host A and one on host B (network namespaces; each host gets a shared-memory
     * directory of its own, as separate machines have) with an accelerated ATOMIC topic: one group on
     * the tiered fabric, shared memory between A's processes and the network to B, one order.
     */
    @Test
    void anAcceleratedTopicSpansHostsWithSharedMemoryWithinEach() throws IOException {
        Path segmentsA = GroupJvms.sharedMemoryDirectory();
        Path segmentsB = GroupJvms.sharedMemoryDirectory();
        try (TwoHosts hosts = TwoHosts.create()) {
            int count = 5_000;
            Member m = both("atomic", "required", count, 3);
            String peers = hosts.a().address() + "," + hosts.b().address();
            PeerJvm a = PeerJvm.inDomain(216).with("rtps", "true").launchedBy(hosts.a().launcher())
                    .with("interfaces", hosts.a().device()).with("multicast", "false").with("peers", peers)
                    .with("shmDirectory", segmentsA.toString());
            PeerJvm b = PeerJvm.inDomain(216).with("rtps", "true").launchedBy(hosts.b().launcher())
                    .with("interfaces", hosts.b().device()).with("multicast", "false").with("peers", peers)
                    .with("shmDirectory", segmentsB.toString());
            List<PeerProcess> p = List.of(start(a, "AcceleratedNetns", 1, m), start(a, "AcceleratedNetns", 2, m),
                    start(b, "AcceleratedNetns", 3, m));
            for (PeerProcess x : p) {
                x.awaitLine("READY", STEP);
            }
            assertTrue(segmentCount(segmentsA) >= 1, "host A's two processes share a segment");
            assertEquals(0, segmentCount(segmentsB), "host B's lone process needs none");
            p.forEach(x -> x.send("GO"));
            List<List<String>> received = receivedBy(p, 3, 3 * count);
            for (int i = 1; i < 3; i++) {
                assertEquals(received.get(0), received.get(i), "process " + (i + 1) + " received the same sequence");
            }
            Map<Integer, List<Integer>> byWriter = perWriter(received.get(0));
            for (int id = 1; id <= 3; id++) {
                assertPrefix(byWriter.get(id), count, "writer " + id);
            }
            String output = p.get(0).output() + p.get(1).output() + p.get(2).output();
            assertTrue(output.contains("shm+udp fabric"), "the group runs on the tiered fabric:\n" + output);
            processes.forEach(PeerProcess::close);
        } finally {
            GroupJvms.deleteRecursively(segmentsA);
            GroupJvms.deleteRecursively(segmentsB);
        }
    }

    private static long segmentCount(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }
}
