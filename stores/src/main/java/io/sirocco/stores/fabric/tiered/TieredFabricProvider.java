package io.sirocco.stores.fabric.tiered;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fabric of two tiers: members that the near fabric reaches (shared memory: processes on this
 * host) exchange rows through it, every other member through the far fabric (the network
 * fallback). One group can so span hosts while the members of each host still write into each
 * other's memory, which is what Acceleration asks for; it is the two-level arrangement of Derecho's
 * shared-memory-within, network-between deployments, with a single view and a single order.
 *
 * <p>Made by the group engine from two loaded providers, not by {@link java.util.ServiceLoader}.
 * The near fabric's {@link FabricProvider#reaches} must be an equivalence (same host): every member
 * of a host then computes the same near set, and two members agree on which tier links them.
 */
public final class TieredFabricProvider implements FabricProvider {

    private final FabricProvider near;
    private final FabricProvider far;

    public TieredFabricProvider(FabricProvider near, FabricProvider far) {
        this.near = Objects.requireNonNull(near, "near");
        this.far = Objects.requireNonNull(far, "far");
        if (near == far) {
            throw new IllegalArgumentException("far: the two tiers must be different fabrics (both are " + near.name()
                    + ")");
        }
    }

    /** {@code near+far}, for example {@code shm+udp}. */
    @Override
    public String name() {
        return near.name() + '+' + far.name();
    }

    /** Just below the near fabric alone: it is that fabric wherever that one reaches. */
    @Override
    public int preference() {
        return near.preference() - 1;
    }

    @Override
    public boolean available() {
        return near.available() && far.available();
    }

    @Override
    public String localLocator() {
        return new TieredLocator(near.localLocator(), far.localLocator()).format();
    }

    @Override
    public boolean reaches(String peerLocator) {
        TieredLocator peer = TieredLocator.parse(peerLocator);
        return peer != null && (near.reaches(peer.near()) || far.reaches(peer.far()));
    }

    /**
     * Opens the near fabric among the members on this host (when there are others) and the far
     * fabric linking this member to the members elsewhere (when there are any).
     */
    @Override
    public FabricGroup open(GroupLayout layout) throws FabricException {
        Objects.requireNonNull(layout, "layout");
        int members = layout.members();
        List<TieredLocator> locators = new ArrayList<>(members);
        for (int rank = 0; rank < members; rank++) {
            TieredLocator l = TieredLocator.parse(layout.memberLocators().get(rank));
            if (l == null) {
                throw new FabricException(name() + " fabric cannot open group " + layout.group() + " view "
                        + layout.viewId() + ": member " + rank + "'s locator \"" + layout.memberLocators().get(rank)
                        + "\" is not a tiered locator");
            }
            locators.add(l);
        }
        int me = layout.myRank();
        boolean[] onThisHost = new boolean[members];
        List<String> nearLocators = new ArrayList<>();
        int[] nearRank = new int[members];
        int myNearRank = -1;
        for (int rank = 0; rank < members; rank++) {
            onThisHost[rank] = rank == me || near.reaches(locators.get(rank).near());
            nearRank[rank] = onThisHost[rank] ? nearLocators.size() : -1;
            if (onThisHost[rank]) {
                if (rank == me) {
                    myNearRank = nearLocators.size();
                }
                nearLocators.add(locators.get(rank).near());
            }
        }
        FabricGroup nearGroup = null;
        FabricGroup farGroup = null;
        try {
            if (nearLocators.size() > 1) {
                nearGroup = near.open(new GroupLayout(layout.group(), layout.viewId(), nearLocators, myNearRank,
                        layout.rowBytes()));
            } else {
                nearRank[me] = -1; // alone on this host: my row is the far fabric's
            }
            if (nearLocators.size() < members || nearGroup == null) {
                List<String> farLocators = locators.stream().map(TieredLocator::far).toList();
                farGroup = far.open(new GroupLayout(layout.group(), layout.viewId(), farLocators, me, layout.rowBytes()),
                        rank -> !onThisHost[rank]);
            }
            return new TieredFabricGroup(layout, nearGroup, farGroup, nearRank);
        } catch (FabricException | RuntimeException e) {
            if (nearGroup != null) {
                nearGroup.close();
            }
            if (farGroup != null) {
                farGroup.close();
            }
            throw e;
        }
    }

    @Override
    public String toString() {
        return "tiered fabric (" + near + " within a host, " + far + " between hosts)";
    }
}
