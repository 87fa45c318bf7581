package io.sirocco.rtps.fabric;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * The network fallback fabric ("udp", after its module; the rows travel over TCP): members
 * anywhere on the network, each keeping its own copy of every row. Preferred below shared memory
 * (200) and RDMA (300). One listening socket per provider, opened on first use on the address
 * chosen as for RTPS ({@link NetFabricSettings}).
 */
public final class NetFabricProvider implements FabricProvider, AutoCloseable {
    public static final String NAME = "udp";
    public static final int PREFERENCE = 100;
    private static final String UNAVAILABLE = "net-unavailable";

    private final NetFabricSettings settings;
    private final String unavailable;
    private FabricListener listener; // guarded by this

    /** The provider {@link java.util.ServiceLoader} makes, from the settings. */
    public NetFabricProvider() {
        NetFabricSettings loaded = null;
        String reason = null;
        try {
            loaded = NetFabricSettings.load();
        } catch (IllegalArgumentException | IllegalStateException e) {
            reason = e.getMessage();
        }
        this.settings = loaded;
        this.unavailable = reason;
    }

    public NetFabricProvider(NetFabricSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.unavailable = null;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int preference() {
        return PREFERENCE;
    }

    @Override
    public boolean available() {
        return settings != null;
    }

    /** {@code net1|<address>|<port>|<instance>}; opens the listening socket if it is not open yet. */
    @Override
    public String localLocator() {
        try {
            return listener().locator().format();
        } catch (FabricException e) {
            return UNAVAILABLE;
        }
    }

    @Override
    public boolean reaches(String peerLocator) {
        return NetLocator.parse(peerLocator) != null;
    }

    @Override
    public FabricGroup open(GroupLayout layout) throws FabricException {
        return open(layout, rank -> true);
    }

    /** Connects only to the peers {@code linked} accepts (a tiered fabric reaches the others through shared memory). */
    @Override
    public FabricGroup open(GroupLayout layout, IntPredicate linked) throws FabricException {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(linked, "linked");
        FabricListener l = listener();
        String mine = l.locator().format();
        for (int rank = 0; rank < layout.members(); rank++) {
            String locator = layout.memberLocators().get(rank);
            if (rank == layout.myRank() ? !mine.equals(locator) : !reaches(locator)) {
                throw new FabricException("network fabric cannot open group " + layout.group() + " view "
                        + layout.viewId() + ": member " + rank + "'s locator \"" + locator + "\" is " + (rank
                        == layout.myRank() ? "not this provider's (\"" + mine + "\")" : "not a network-fabric locator"));
            }
        }
        return NetFabricGroup.open(layout, linked, settings, l);
    }

    private synchronized FabricListener listener() throws FabricException {
        if (settings == null) {
            throw new FabricException("network fabric unavailable: " + unavailable);
        }
        if (listener == null) {
            listener = FabricListener.open(settings);
        }
        return listener;
    }

    /** Closes the listening socket (groups already open keep their connections). */
    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }

    @Override
    public String toString() {
        return "network fabric" + (settings == null ? " (unavailable: " + unavailable + ")" : " on "
                + settings.address().getHostAddress());
    }
}
