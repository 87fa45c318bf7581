package io.sirocco.conformance.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sirocco.conformance.wire.PeerJvm;
import io.sirocco.conformance.wire.PeerProcess;
import io.sirocco.stores.group.DeliveryMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The members of one group, each a {@link GroupMember} in a JVM of its own (started like the wire
 * tests' peers, {@link PeerJvm#startMain}): starts them, tells them the member list in the order
 * they announced their locators (rank = position in {@code jvms}), starts their sending together,
 * and reads back what each delivered.
 */
final class GroupJvms implements AutoCloseable {
    /** Generous: only a hung or failed member runs into it. */
    static final Duration STEP = Duration.ofSeconds(60);

    private final List<PeerProcess> processes = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private final List<String> locators = new ArrayList<>();

    private GroupJvms() {
    }

    /**
     * Starts one member per element of {@code jvms} (rank = index), opens view 1 and lets every member
     * send {@code count} messages. {@code progressAt}: a member prints {@code progress} once it delivered
     * that many (0: never).
     */
    static GroupJvms start(List<PeerJvm> jvms, String fabric, DeliveryMode mode, String group, int count,
            Path logDirectory, Duration suspectAfter, long progressAt) {
        GroupJvms members = new GroupJvms();
        try {
            for (int rank = 0; rank < jvms.size(); rank++) {
                Path log = logDirectory.resolve("delivered-" + rank + ".log");
                members.logs.add(log);
                members.processes.add(jvms.get(rank).startMain("group member " + rank, GroupMember.class,
                        List.of(fabric, mode.name(), group, Integer.toString(count), log.toString(),
                                Long.toString(suspectAfter.toMillis()), Long.toString(progressAt))));
            }
            StringBuilder list = new StringBuilder();
            for (int rank = 0; rank < jvms.size(); rank++) {
                members.locators.add(members.await(rank, "locator ").substring("locator ".length()));
                list.append('\t').append(members.locators.get(rank));
            }
            for (int rank = 0; rank < jvms.size(); rank++) {
                members.processes.get(rank).send("members " + rank + list);
            }
            for (int rank = 0; rank < jvms.size(); rank++) {
                members.await(rank, "opened");
            }
            for (PeerProcess p : members.processes) {
                p.send("go");
            }
            return members;
        } catch (RuntimeException | Error e) {
            members.close();
            throw e;
        }
    }

    /** The fabric locator member {@code rank} announced. */
    String locator(int rank) {
        return locators.get(rank);
    }

    /**
     * The next line of member {@code rank} that starts with {@code prefix}, skipping others; fails at
     * once, with the member's output, on an {@code error} line or an exception.
     */
    String await(int rank, String prefix) {
        PeerProcess p = processes.get(rank);
        while (true) {
            String line = p.awaitLine("", STEP);
            if (line.startsWith("error") || line.startsWith("Exception")) {
                fail("group member " + rank + " failed: " + line + "\nits output:\n" + p.output());
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /** Waits until each of {@code ranks} delivered every message of every sender left in its view. */
    void awaitDone(int... ranks) {
        for (int rank : ranks) {
            await(rank, "done ");
        }
    }

    /** Tells {@code ranks} to close their group and exit, and checks that they did, cleanly. */
    void exit(int... ranks) {
        for (int rank : ranks) {
            processes.get(rank).send("exit");
        }
        for (int rank : ranks) {
            await(rank, "closed");
            PeerProcess p = processes.get(rank);
            assertEquals(0, p.waitForExit(STEP), () -> "group member " + rank + ":\n" + p.output());
        }
    }

    /** Kills member {@code rank} with SIGKILL; returns {@link System#nanoTime()} just before. */
    long kill(int rank) {
        long at = System.nanoTime();
        processes.get(rank).kill();
        return at;
    }

    /**
     * Stops member {@code rank} with SIGSTOP: it hangs, its process lives on (so the fabric reports no
     * failure; only its silent heartbeat gives it away). Returns {@link System#nanoTime()} just before.
     */
    long suspend(int rank) {
        long at = System.nanoTime();
        try {
            Process stop = new ProcessBuilder("kill", "-STOP", Long.toString(processes.get(rank).pid()))
                    .redirectErrorStream(true).start();
            String output = new String(stop.getInputStream().readAllBytes());
            assertEquals(0, stop.waitFor(), () -> "kill -STOP failed: " + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return at;
    }

    /** What member {@code rank} delivered, in order: {@code (originalRank + 1) << 48 | counter} each. */
    long[] delivered(int rank) {
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(logs.get(rank)));
            long[] entries = new long[bytes.remaining() / Long.BYTES];
            int n = 0;
            while (n < entries.length && (entries[n] = bytes.getLong()) != 0) {
                n++;
            }
            return Arrays.copyOf(entries, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int sender(long entry) {
        return (int) (entry >>> 48) - 1;
    }

    static long counter(long entry) {
        return entry & ((1L << 48) - 1);
    }

    /**
     * Per-sender FIFO: of each sender, {@code delivered} holds counters 0, 1, 2 ... in order; returns
     * how many of each sender's messages it holds.
     */
    static int[] assertFifoPerSender(long[] delivered, int senders, String who) {
        int[] next = new int[senders];
        for (int i = 0; i < delivered.length; i++) {
            int s = sender(delivered[i]);
            if (s < 0 || s >= senders) {
                fail(who + ": entry " + i + " names sender " + s);
            }
            if (counter(delivered[i]) != next[s]) {
                fail(who + ": entry " + i + " is sender " + s + "'s message " + counter(delivered[i]) + " where "
                        + next[s] + " was next");
            }
            next[s]++;
        }
        return next;
    }

    /** A fresh directory in /dev/shm for the segments of one test, named after this JVM. */
    static Path sharedMemoryDirectory() {
        Path shm = Path.of("/dev/shm");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm),
                "shared-memory group tests need a writable /dev/shm");
        String prefix = "sirocco-grouptest-";
        // Directories of test JVMs killed before their clean-up.
        try (Stream<Path> old = Files.list(shm)) {
            old.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(p -> {
                String[] parts = p.getFileName().toString().substring(prefix.length()).split("-");
                try {
                    if (ProcessHandle.of(Long.parseLong(parts[0])).isEmpty()) {
                        deleteRecursively(p);
                    }
                } catch (NumberFormatException e) {
                    // not ours
                }
            });
            return Files.createTempDirectory(shm, prefix + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A way for a member to fail. */
    interface Failure {
        long inflict(GroupJvms members, int rank);
    }

    /**
     * Member {@code victim} of an ORDERED group of 3 members (started with {@code progressAt} =
     * {@code count}) fails, as {@code failure} makes it, once it delivered a third of everything, while
     * every member is still sending (a window of 256 keeps senders within a few hundred messages of what
     * is delivered). The two survivors install view 2 without it, deliver the same sequence, each
     * surviving sender's messages once and in order, and the victim's sequence is a prefix of theirs.
     */
    void assertSurvivorsGoOnWithout(int victim, Failure failure, String what, int count, Duration suspectAfter) {
        int[] survivors = IntStream.range(0, 3).filter(r -> r != victim).toArray();
        await(victim, "progress ");
        long failedAt = failure.inflict(this, victim);

        for (int rank : survivors) {
            String[] view = await(rank, "view ").split(" ");
            assertEquals("2", view[1], "member " + rank + " installs view 2 next");
            assertEquals("2", view[2], "view 2 has the two survivors");
            System.out.printf("member %d installed view 2 %.1f ms after member %d was %s (suspectAfter %s)%n", rank,
                    (Long.parseLong(view[3]) - failedAt) / 1e6, victim, what, suspectAfter);
        }
        awaitDone(survivors);
        exit(survivors);
        close(); // a stopped victim is killed here, so its log is final

        long[] survivor = delivered(survivors[0]);
        assertArrayEquals(survivor, delivered(survivors[1]), "both survivors delivered the same sequence");
        int[] perSender = assertFifoPerSender(survivor, 3, "member " + survivors[0]);
        for (int rank : survivors) {
            assertEquals(count, perSender[rank], "every message of surviving sender " + rank + ", once each");
        }
        assertTrue(perSender[victim] < count, "member " + victim + " failed mid-stream: " + perSender[victim]);

        long[] failed = delivered(victim);
        assertTrue(failed.length <= survivor.length && failed.length >= count,
                "the " + what + " member logged " + failed.length + " deliveries");
        assertArrayEquals(failed, Arrays.copyOf(survivor, failed.length),
                "the " + what + " member's sequence is a prefix of the survivors'");
        System.out.printf("survivors delivered %d (%d of member %d's), the %s member %d%n", survivor.length,
                perSender[victim], victim, what, failed.length);
    }

    /** Kills every member still running. */
    @Override
    public void close() {
        for (PeerProcess p : processes) {
            p.close();
        }
    }
}
