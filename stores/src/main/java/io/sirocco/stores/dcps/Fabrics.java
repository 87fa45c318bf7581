package io.sirocco.stores.dcps;

import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.tiered.TieredFabricProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The fabric providers of this JVM, loaded once (a provider's locator names this process, so there
 * must be one instance of each), best first.
 */
final class Fabrics {
    /** Fabrics that write samples into memory the peer reads (as opposed to the network fallback). */
    private static final List<String> ACCELERATED = List.of("rdma", "shm");

    private static final String SAME_HOST = "shm";
    private static final String NETWORK = "udp";
    private static volatile List<FabricProvider> all;
    /** Made once: its locator must not change (empty when shared memory or the network is missing). */
    private static volatile Optional<FabricProvider> tiered;

    private Fabrics() {
    }

    static List<FabricProvider> all() {
        List<FabricProvider> providers = all;
        if (providers == null) {
            synchronized (Fabrics.class) {
                if (all == null) {
                    List<FabricProvider> found = new ArrayList<>();
                    ServiceLoader.load(FabricProvider.class, Fabrics.class.getClassLoader()).forEach(found::add);
                    found.sort(Comparator.comparingInt(FabricProvider::preference).reversed());
                    all = List.copyOf(found);
                }
                providers = all;
            }
        }
        return providers;
    }

    /** The available provider of that name ({@code shm+udp} names the tiered one), or null. */
    static FabricProvider named(String name) {
        FabricProvider plain = plain(name);
        if (plain != null) {
            return plain;
        }
        FabricProvider t = tiered();
        return t != null && t.name().equals(name) ? t : null;
    }

    /**
     * The best available accelerated provider, or null: RDMA; else shared memory, tiered with the
     * network fallback when that is available, so members on other hosts join the same group.
     */
    static FabricProvider bestAccelerated() {
        for (FabricProvider p : all()) {
            if (ACCELERATED.contains(p.name()) && p.available()) {
                if (p.name().equals(SAME_HOST)) {
                    FabricProvider tiered = tiered();
                    return tiered != null ? tiered : p;
                }
                return p;
            }
        }
        return null;
    }

    /** Shared memory within a host and the network between hosts, or null when either is missing. */
    private static FabricProvider tiered() {
        Optional<FabricProvider> t = tiered;
        if (t == null) {
            synchronized (Fabrics.class) {
                if (tiered == null) {
                    FabricProvider near = plain(SAME_HOST);
                    FabricProvider far = plain(NETWORK);
                    tiered = Optional.ofNullable(near != null && far != null ? new TieredFabricProvider(near, far)
                            : null);
                }
                t = tiered;
            }
        }
        return t.orElse(null);
    }

    private static FabricProvider plain(String name) {
        for (FabricProvider p : all()) {
            if (p.name().equals(name) && p.available()) {
                return p;
            }
        }
        return null;
    }
}
