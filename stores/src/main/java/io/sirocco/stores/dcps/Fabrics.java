package io.sirocco.stores.dcps;

import io.sirocco.stores.fabric.FabricProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The fabric providers of this JVM, loaded once (a provider's locator names this process, so there
 * must be one instance of each), best first.
 */
final class Fabrics {
    /** Fabrics that write samples into memory the peer reads (as opposed to the network fallback). */
    private static final List<String> ACCELERATED = List.of("rdma", "shm");

    private static volatile List<FabricProvider> all;

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

    /** The available provider of that name, or null. */
    static FabricProvider named(String name) {
        for (FabricProvider p : all()) {
            if (p.name().equals(name) && p.available()) {
                return p;
            }
        }
        return null;
    }

    /** The best available accelerated provider (RDMA, shared memory), or null. */
    static FabricProvider bestAccelerated() {
        for (FabricProvider p : all()) {
            if (ACCELERATED.contains(p.name()) && p.available()) {
                return p;
            }
        }
        return null;
    }
}
