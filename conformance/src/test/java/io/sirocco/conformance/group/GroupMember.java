package io.sirocco.conformance.group;

import io.sirocco.rtps.fabric.NetFabricProvider;
import io.sirocco.shm.ShmFabricProvider;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.group.DeliveryHandler;
import io.sirocco.stores.group.DeliveryMode;
import io.sirocco.stores.group.GroupConfig;
import io.sirocco.stores.group.GroupView;
import io.sirocco.stores.group.MulticastGroup;
import io.sirocco.stores.group.ViewListener;
import io.sirocco.stores.smc.SmcSlot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One group member in a JVM of its own, driven by a {@link GroupJvms} parent through its standard
 * input and output. Arguments: {@code fabric(shm|udp) mode(ORDERED|UNORDERED) group count logFile
 * suspectAfterMillis progressAt}.
 *
 * <p>Protocol (one line each): it prints {@code locator <its fabric locator>}; reads
 * {@code members <myRank>\t<locator 0>\t<locator 1>...}; opens the group (view 1) and prints
 * {@code opened}; reads {@code go}; sends {@code count} messages from a thread of its own while the
 * main thread prints {@code progress <delivered>} once {@code progressAt} (> 0) messages have been
 * delivered, {@code view <id> <members>} for every installed view, and {@code done <delivered>} once it
 * delivered every message of every sender still in its view; then reads {@code exit}, closes the group
 * and exits 0. Anything wrong (bad checksum, a gap or duplicate in a sender's messages, a sender rank
 * that does not match the payload, the group stopping) is printed as {@code error ...} and the process
 * exits non-zero. A closed standard input (the parent died) ends it too.
 *
 * <p>Every delivered message is appended to {@code logFile}, memory-mapped so that what a killed member
 * delivered survives it: one big-endian long per message, {@code (originalRank + 1) << 48 | counter};
 * the first zero ends the log.
 *
 * <p>Payload ({@value #PAYLOAD} bytes, native order): original rank, per-sender counter, five words
 * derived from both, a checksum of the seven.
 */
public final class GroupMember {
    static final int PAYLOAD = 64;
    private static final ValueLayout.OfLong WORD = ValueLayout.JAVA_LONG_UNALIGNED;

    private final int count;
    private final List<String> initial;
    private final int myOriginalRank;
    private final MappedByteBuffer log;
    private final AtomicLongArray received; // per original rank: messages delivered from it
    private volatile long delivered;
    private volatile String error;
    private volatile GroupView view;
    private volatile int[] originalOfRank; // rank in the current view -> original rank
    private final BlockingQueue<String> printed = new LinkedBlockingQueue<>();

    private GroupMember(int count, List<String> initial, int myRank, MappedByteBuffer log) {
        this.count = count;
        this.initial = initial;
        this.myOriginalRank = myRank;
        this.log = log;
        this.received = new AtomicLongArray(initial.size());
        this.originalOfRank = new int[initial.size()];
        Arrays.setAll(originalOfRank, i -> i);
    }

    public static void main(String[] args) throws Exception {
        String fabric = args[0];
        DeliveryMode mode = DeliveryMode.valueOf(args[1]);
        String group = args[2];
        int count = Integer.parseInt(args[3]);
        Path logFile = Path.of(args[4]);
        Duration suspectAfter = Duration.ofMillis(Long.parseLong(args[5]));
        long progressAt = Long.parseLong(args[6]);

        BlockingQueue<String> input = new LinkedBlockingQueue<>();
        Thread stdin = new Thread(() -> readInput(input), "stdin");
        stdin.setDaemon(true);
        stdin.start();

        FabricProvider provider = switch (fabric) {
            case "shm" -> new ShmFabricProvider();
            case "udp" -> new NetFabricProvider();
            default -> throw new IllegalArgumentException("fabric: " + fabric);
        };
        if (!provider.available()) {
            System.out.println("error fabric unavailable: " + provider);
            System.exit(2);
        }
        // Load the engine's classes now, so that members open their views close together (a member that
        // is late by more than suspectAfter would be suspected before it starts).
        GroupConfig config = GroupConfig.of(mode).withWindow(256).withMaxPayload(PAYLOAD)
                .withSuspectAfter(suspectAfter);
        MulticastGroup.rowBytes(config, 3);
        System.out.println("locator " + provider.localLocator());

        String[] members = take(input, "members ").substring("members ".length()).split("\t");
        int myRank = Integer.parseInt(members[0]);
        List<String> locators = List.of(Arrays.copyOfRange(members, 1, members.length));
        long capacity = (long) count * locators.size() + 1;
        MappedByteBuffer log;
        try (FileChannel channel = FileChannel.open(logFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            log = channel.map(FileChannel.MapMode.READ_WRITE, 0, capacity * Long.BYTES);
        }
        GroupMember member = new GroupMember(count, locators, myRank, log);
        MulticastGroup g = MulticastGroup.open(provider, group, 1, locators, myRank, config, member.handler(),
                member.listener());
        member.view = g.view();
        System.out.println("opened");
        take(input, "go");
        Thread sender = new Thread(() -> member.send(g), "sender");
        sender.setDaemon(true);
        sender.start();

        boolean progressed = progressAt <= 0;
        long lastView = 1;
        while (true) {
            for (String line; (line = member.printed.poll()) != null; ) {
                System.out.println(line);
            }
            if (member.error != null) {
                System.out.println("error " + member.error);
                System.exit(3);
            }
            Throwable failure = g.failure();
            if (failure != null) {
                System.out.println("error group stopped: " + failure);
                System.exit(3);
            }
            if (!progressed && member.delivered >= progressAt) {
                progressed = true;
                System.out.println("progress " + member.delivered);
            }
            if (member.complete()) {
                System.out.println("done " + member.delivered);
                break;
            }
            Thread.sleep(2);
        }
        take(input, "exit");
        try {
            g.close();
        } catch (RuntimeException e) {
            System.out.println("error closing: " + e);
            System.exit(3);
        }
        if (provider instanceof AutoCloseable closeable) {
            closeable.close();
        }
        log.force();
        System.out.println("closed");
        System.exit(0);
    }

    /** Every message of every sender still in the view was delivered. */
    private boolean complete() {
        if (view == null) {
            return false;
        }
        for (int original : originalOfRank) {
            if (received.get(original) < count) {
                return false;
            }
        }
        return true;
    }

    private void send(MulticastGroup g) {
        try {
            for (long i = 0; i < count; i++) {
                SmcSlot slot = g.claim();
                write(slot.payload(), myOriginalRank, i);
                g.commit(slot, PAYLOAD);
            }
            printed.add("sent " + count);
        } catch (RuntimeException e) {
            if (error == null) {
                error = "sending: " + e;
            }
        }
    }

    private DeliveryHandler handler() {
        return (senderRank, index, globalSeq, row, offset, length) -> {
            if (error != null) {
                return;
            }
            if (length != PAYLOAD) {
                error = "message of " + length + " bytes from rank " + senderRank;
                return;
            }
            MemorySegment payload = row.asSlice(offset, length);
            long sender = payload.get(WORD, 0);
            long counter = payload.get(WORD, 8);
            if (checksum(payload) != payload.get(WORD, 56) || !fillerMatches(payload, sender, counter)) {
                error = "corrupt message from rank " + senderRank + " (sender " + sender + ", counter " + counter
                        + ")";
                return;
            }
            int[] originals = originalOfRank;
            if (sender < 0 || sender >= received.length() || senderRank >= originals.length
                    || originals[senderRank] != sender) {
                error = "message of sender " + sender + " delivered as rank " + senderRank + " of view "
                        + view.viewId();
                return;
            }
            long expected = received.get((int) sender);
            if (counter != expected) {
                error = "sender " + sender + ": counter " + counter + " delivered where " + expected
                        + " was next (FIFO broken, lost or duplicated)";
                return;
            }
            long at = delivered;
            log.putLong((int) (at * Long.BYTES), (sender + 1) << 48 | counter);
            received.set((int) sender, expected + 1);
            delivered = at + 1;
        };
    }

    private ViewListener listener() {
        return new ViewListener() {
            @Override
            public void viewInstalled(GroupView installed) {
                int[] originals = new int[installed.members()];
                for (int r = 0; r < originals.length; r++) {
                    originals[r] = initial.indexOf(installed.memberLocators().get(r));
                }
                originalOfRank = originals;
                view = installed;
                printed.add("view " + installed.viewId() + " " + installed.members() + " " + System.nanoTime());
            }

            @Override
            public void stopped(Throwable cause) {
                if (error == null) {
                    error = "stopped: " + cause;
                }
            }
        };
    }

    static void write(MemorySegment payload, long sender, long counter) {
        payload.set(WORD, 0, sender);
        payload.set(WORD, 8, counter);
        for (int w = 2; w < 7; w++) {
            payload.set(WORD, w * 8L, filler(sender, counter, w));
        }
        payload.set(WORD, 56, checksum(payload));
    }

    private static boolean fillerMatches(MemorySegment payload, long sender, long counter) {
        for (int w = 2; w < 7; w++) {
            if (payload.get(WORD, w * 8L) != filler(sender, counter, w)) {
                return false;
            }
        }
        return true;
    }

    private static long filler(long sender, long counter, int word) {
        return mix(sender * 0x9E37_79B9_7F4A_7C15L + counter * 31 + word);
    }

    private static long checksum(MemorySegment payload) {
        long h = 0xcbf2_9ce4_8422_2325L;
        for (int w = 0; w < 7; w++) {
            h = mix(h ^ payload.get(WORD, w * 8L));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
        return z ^ (z >>> 31);
    }

    private static String take(BlockingQueue<String> input, String prefix) throws InterruptedException {
        while (true) {
            String line = input.poll(120, TimeUnit.SECONDS);
            if (line == null) {
                System.out.println("error no \"" + prefix + "\" line from the parent");
                System.exit(4);
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    private static void readInput(BlockingQueue<String> input) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                input.add(line);
            }
        } catch (IOException e) {
            // treated as the end of the input
        }
        // The parent is gone: leave no orphan member behind.
        System.exit(5);
    }
}
