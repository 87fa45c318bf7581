package io.sirocco.stores.fabric.local;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Opens one view of a group on the local fabric, one region per member, as separate members would. */
public final class LocalFabrics {

    private static final AtomicInteger GROUPS = new AtomicInteger();

    private LocalFabrics() {
    }

    public static LocalFabricGroup[] open(int members, int rowBytes) throws FabricException {
        String group = "test-" + GROUPS.incrementAndGet();
        List<FabricProvider> providers = new ArrayList<>();
        List<String> locators = new ArrayList<>();
        for (int r = 0; r < members; r++) {
            FabricProvider p = new LocalFabricProvider();
            providers.add(p);
            locators.add(p.localLocator());
        }
        LocalFabricGroup[] out = new LocalFabricGroup[members];
        for (int r = 0; r < members; r++) {
            out[r] = (LocalFabricGroup) providers.get(r).open(new GroupLayout(group, 1, locators, r, rowBytes));
        }
        return out;
    }
}
