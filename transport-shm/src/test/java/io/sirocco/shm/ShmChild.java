package io.sirocco.shm;

import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A group member in a child JVM, driven over stdin/stdout by {@link ChildProcess}. Prints
 * {@code LOCATOR <locator>}, reads {@code LAYOUT <group> <viewId> <rank> <rowBytes> <locator>...},
 * opens it and prints {@code OPENED}. Then, by mode:
 * <ul>
 *   <li>{@code stream <n>}: sends n messages to rank 0 ({@link StreamProtocol}), prints {@code DONE},
 *       closes.</li>
 *   <li>{@code views <n>}: {@link #meetInViews}, prints {@code DONE}.</li>
 *   <li>{@code idle}: writes {@link #MARK} at words 0 and 1 of its row (before {@code OPENED}), prints {@code FAILED <rank>} when it
 *       sees a peer fail, closes and exits when stdin ends.</li>
 * </ul>
 */
public final class ShmChild {
    static final long MARK = 0x5EED_0000_C0FFEEL;

    private ShmChild() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.out.println("ERROR\t" + t);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ShmFabricProvider provider = new ShmFabricProvider();
        System.out.println("LOCATOR\t" + provider.localLocator());
        String[] layoutLine = in.readLine().split("\t");
        List<String> locators = Arrays.asList(layoutLine).subList(5, layoutLine.length);
        GroupLayout layout = new GroupLayout(layoutLine[1], Long.parseLong(layoutLine[2]), locators,
                Integer.parseInt(layoutLine[3]), Integer.parseInt(layoutLine[4]));
        if (args[0].equals("views")) {
            meetInViews(provider, layout, Integer.parseInt(args[1]));
            System.out.println("DONE");
            return;
        }
        try (FabricGroup group = provider.open(layout)) {
            if (args[0].equals("idle")) {
                group.row(group.myRank()).set(ValueLayout.JAVA_LONG, 8, MARK);
                group.writeLongRelease(0, MARK);
            }
            System.out.println("OPENED");
            switch (args[0]) {
                case "stream" -> {
                    StreamProtocol.write(group, 0, Long.parseLong(args[1]), TimeUnit.SECONDS.toNanos(60));
                    System.out.println("DONE");
                }
                case "idle" -> idle(group, in);
                default -> throw new IllegalArgumentException("mode: " + args[0]);
            }
        }
    }

    /**
     * Opens views {@code viewId .. viewId+n-1} one after the other, all members at once, and checks
     * that every member of each view lands in the same segment: it waits to see each peer's mark.
     */
    static void meetInViews(ShmFabricProvider provider, GroupLayout first, int n) throws Exception {
        for (long view = first.viewId(); view < first.viewId() + n; view++) {
            GroupLayout layout = new GroupLayout(first.group(), view, first.memberLocators(), first.myRank(),
                    first.rowBytes());
            try (FabricGroup group = provider.open(layout)) {
                group.writeLongRelease(0, view);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                for (int r = 0; r < group.members(); r++) {
                    while (group.readLongAcquire(r, 0) != view) {
                        // A peer may write its mark and leave between our two reads: read the row again.
                        boolean gone = group.failed(r) && group.readLongAcquire(r, 0) != view;
                        if (System.nanoTime() - deadline > 0 || gone) {
                            throw new AssertionError("member " + r + " never showed up in view " + view
                                    + " (failed: " + group.failed(r) + ", " + group + ", row " + group.readLongAcquire(r, 0) + ")");
                        }
                        Thread.yield();
                    }
                }
            }
        }
    }

    private static void idle(FabricGroup group, BufferedReader in) throws Exception {
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            boolean[] reported = new boolean[group.members()];
            while (!Thread.currentThread().isInterrupted()) {
                for (int r = 0; r < group.members(); r++) {
                    if (r != group.myRank() && !reported[r] && group.failed(r)) {
                        reported[r] = true;
                        System.out.println("FAILED\t" + r);
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        while (in.readLine() != null) {
            // until the parent closes stdin (or dies)
        }
        watcher.interrupt();
        watcher.join();
    }
}
