package io.sirocco.stores.group;

import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.local.LocalFabric;
import io.sirocco.stores.fabric.local.LocalFabricProvider;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * n members of one group opened through {@link MulticastGroup#open} on the local fabric (so they can
 * install later views), each sending messages that carry {@code [origin member][counter]} and
 * recording what it delivers as {@code origin << 32 | counter} (ranks change across views; the
 * origin does not).
 */
final class Cluster implements AutoCloseable {

    static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);
    private static final AtomicInteger GROUPS = new AtomicInteger();

    final String group = "vc-" + GROUPS.incrementAndGet();
    final MulticastGroup[] groups;
    final Recorder[] recorders;
    final List<List<GroupView>> views = new ArrayList<>();
    final Throwable[] stopped;
    final int[] sent;
    private final List<Thread> senders = new ArrayList<>();
    final List<Throwable> senderErrors = new CopyOnWriteArrayList<>();

    Cluster(int n, GroupConfig config) throws Exception {
        this(n, config, new DeliveryHandler[n]);
    }

    Cluster(int n, GroupConfig config, DeliveryHandler[] extra) throws Exception {
        this(localProviders(n), config, extra);
    }

    /** One member per provider, in this order. */
    Cluster(List<FabricProvider> providers, GroupConfig config, DeliveryHandler[] extra) throws Exception {
        int n = providers.size();
        List<String> locators = new ArrayList<>();
        for (FabricProvider p : providers) {
            locators.add(p.localLocator());
        }
        groups = new MulticastGroup[n];
        recorders = new Recorder[n];
        stopped = new Throwable[n];
        sent = new int[n];
        for (int r = 0; r < n; r++) {
            int me = r;
            List<GroupView> mine = new CopyOnWriteArrayList<>();
            views.add(mine);
            recorders[r] = new Recorder(n, extra[r]);
            ViewListener listener = new ViewListener() {
                @Override
                public void viewInstalled(GroupView view) {
                    mine.add(view);
                    recorders[me].viewId = view.viewId();
                }

                @Override
                public void stopped(Throwable cause) {
                    stopped[me] = cause;
                }
            };
            groups[r] = MulticastGroup.open(providers.get(r), group, 1, locators, r, config, recorders[r], listener);
        }
    }

    private static List<FabricProvider> localProviders(int n) {
        List<FabricProvider> providers = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            providers.add(new LocalFabricProvider());
        }
        return providers;
    }

    LocalFabric firstView() {
        return LocalFabric.find(group, 1);
    }

    /** Starts a thread sending {@code count} messages from member {@code r}; a stopped group ends it quietly. */
    void startSending(int r, int count) {
        senders.add(Thread.ofPlatform().name("send-" + group + "-" + r).start(() -> {
            try {
                for (int i = 0; i < count; i++) {
                    sendOne(r, i);
                    sent[r] = i + 1;
                }
            } catch (IllegalStateException e) {
                if (groups[r].isRunning()) {
                    senderErrors.add(e); // a running group must never refuse its sender
                }
            } catch (Throwable t) {
                senderErrors.add(t);
            }
        }));
    }

    void sendOne(int r, int counter) {
        MulticastGroup g = groups[r];
        var slot = g.claim();
        slot.payload().set(ValueLayout.JAVA_INT_UNALIGNED, 0, r);
        slot.payload().set(ValueLayout.JAVA_INT_UNALIGNED, 4, counter);
        g.commit(slot, 8);
    }

    void joinSenders() throws InterruptedException {
        for (Thread t : senders) {
            if (!t.join(java.time.Duration.ofNanos(WAIT_NANOS))) {
                throw new AssertionError("sender " + t.getName() + " still blocked");
            }
        }
        senders.clear();
        if (!senderErrors.isEmpty()) {
            throw new AssertionError("sender failed", senderErrors.get(0));
        }
    }

    /** Waits (generously) for a condition; fails with {@code what} if it never holds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(2);
        }
    }

    /** Waits until member {@code r} has delivered {@code count} messages from {@code origin}. */
    void awaitFrom(int r, int origin, int count) throws InterruptedException {
        await("member " + r + " delivers " + count + " from " + origin + " (has "
                + recorders[r].from(origin) + ")", () -> recorders[r].from(origin) >= count
                        || (!groups[r].isRunning() && failWith(r)));
    }

    private boolean failWith(int r) {
        throw new AssertionError("member " + r + " stopped", groups[r].failure());
    }

    @Override
    public void close() {
        for (MulticastGroup g : groups) {
            g.close();
        }
    }

    static final class Recorder implements DeliveryHandler {
        private final DeliveryHandler extra;
        private final int[] perOrigin;
        private long[] seen = new long[1 << 14];
        private long[] vids = new long[1 << 14];
        volatile long viewId = 1;
        private volatile int count;

        Recorder(int origins, DeliveryHandler extra) {
            this.extra = extra;
            perOrigin = new int[origins];
        }

        @Override
        public void deliver(int senderRank, long index, long globalSeq, MemorySegment row, long offset, int length) {
            if (extra != null) {
                extra.deliver(senderRank, index, globalSeq, row, offset, length);
            }
            int c = count;
            if (c == seen.length) {
                seen = Arrays.copyOf(seen, c * 2);
                vids = Arrays.copyOf(vids, c * 2);
            }
            int origin = row.get(ValueLayout.JAVA_INT_UNALIGNED, offset);
            int counter = row.get(ValueLayout.JAVA_INT_UNALIGNED, offset + 4);
            seen[c] = ((long) origin << 32) | (counter & 0xFFFF_FFFFL);
            vids[c] = viewId;
            perOrigin[origin]++;
            count = c + 1;
        }

        int count() {
            return count;
        }

        int from(int origin) {
            return count >= 0 ? perOrigin[origin] : 0;
        }

        long[] delivered() {
            return Arrays.copyOf(seen, count);
        }

        /** What was delivered while view {@code vid} or a later one was installed here. */
        long[] deliveredFrom(long vid) {
            int c = count;
            return java.util.stream.IntStream.range(0, c).filter(i -> vids[i] >= vid).mapToLong(i -> seen[i]).toArray();
        }

        /** How many were delivered while view {@code vid} was installed here. */
        long deliveredIn(long vid) {
            int c = count;
            return Arrays.stream(vids, 0, c).filter(v -> v == vid).count();
        }
    }
}
