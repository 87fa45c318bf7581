package io.sirocco.rtps.fabric;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** n network-fabric providers in this JVM, each with its own listener on loopback. */
final class NetMembers implements AutoCloseable {
    final NetFabricProvider[] providers;
    private final List<FabricGroup> opened = new ArrayList<>();

    NetMembers(int n) {
        this(n, settings());
    }

    NetMembers(int n, NetFabricSettings settings) {
        providers = new NetFabricProvider[n];
        for (int i = 0; i < n; i++) {
            providers[i] = new NetFabricProvider(settings);
        }
    }

    /** Loopback, short timeouts: a 5 s connect timeout, heartbeats every 100 ms, peers failed after 2 s. */
    static NetFabricSettings settings() {
        return NetFabricSettings.load().withAddress(InetAddress.getLoopbackAddress()).withConnectTimeout(5_000)
                .withHeartbeat(100, 2_000);
    }

    List<String> locators() {
        List<String> locators = new ArrayList<>();
        for (NetFabricProvider p : providers) {
            locators.add(p.localLocator());
        }
        return locators;
    }

    /** Opens every member of the view at once (each open waits for its peers); the first failure is thrown. */
    FabricGroup[] open(String group, long viewId, int rowBytes) throws Exception {
        int[] sizes = new int[providers.length];
        java.util.Arrays.fill(sizes, rowBytes);
        return open(group, viewId, sizes);
    }

    FabricGroup[] open(String group, long viewId, int... rowBytes) throws Exception {
        return open(group, viewId, (a, b) -> true, rowBytes);
    }

    /** Opens every member linked only to the peers {@code linked.test(me, peer)} accepts. */
    FabricGroup[] open(String group, long viewId, java.util.function.BiPredicate<Integer, Integer> linked,
            int... rowBytes) throws Exception {
        List<String> locators = locators();
        ExecutorService pool = Executors.newFixedThreadPool(providers.length);
        try {
            List<Future<FabricGroup>> futures = new ArrayList<>();
            for (int r = 0; r < providers.length; r++) {
                GroupLayout layout = new GroupLayout(group, viewId, locators, r, rowBytes[r]);
                NetFabricProvider p = providers[r];
                int me = r;
                futures.add(pool.submit(() -> p.open(layout, peer -> linked.test(me, peer))));
            }
            FabricGroup[] groups = new FabricGroup[providers.length];
            Exception failure = null;
            for (int r = 0; r < groups.length; r++) {
                try {
                    groups[r] = futures.get(r).get();
                    opened.add(groups[r]);
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception x ? x : e;
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return groups;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public void close() {
        for (FabricGroup g : opened) {
            g.close();
        }
        for (NetFabricProvider p : providers) {
            p.close();
        }
    }

    static FabricException expectFabricException(Exception e) {
        if (e instanceof FabricException f) {
            return f;
        }
        throw new AssertionError("expected a FabricException", e);
    }
}
