package io.sirocco.perftest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps the transport options to the RTPS transport's settings ({@code sirocco.<name>} system
 * properties, read when a participant is created), and refuses what no module implements yet.
 *
 * <p>Without {@code -nic}, {@code -peer} or {@code -multicast} the test stays on loopback: interface
 * {@code lo}, unicast discovery to 127.0.0.1, no multicast. Settings the user already made
 * ({@code -Dsirocco.x} or {@code SIROCCO_X}) are kept unless an option says otherwise.
 */
public final class TransportSettings {
    private TransportSettings() {
    }

    /**
     * The settings the options ask for, by name (without the {@code sirocco.} prefix); only those
     * that the options or the loopback default decide.
     *
     * @param alreadySet whether the user set a setting by name (system property or environment)
     */
    public static Map<String, String> of(PerftestOptions options, java.util.function.Predicate<String> alreadySet) {
        refuseUnimplemented(options);
        Map<String, String> settings = new LinkedHashMap<>();
        boolean loopbackDefault = options.nic() == null && options.peerList().isEmpty() && !options.multicast();
        if (options.multicast()) {
            settings.put("multicast", "true");
        } else if (!alreadySet.test("multicast")) {
            settings.put("multicast", "false");
        }
        if (options.nic() != null) {
            settings.put("interfaces", options.nic());
        } else if (loopbackDefault && !alreadySet.test("interfaces")) {
            settings.put("interfaces", "lo");
        }
        if (!options.peerList().isEmpty()) {
            settings.put("peers", String.join(",", options.peerList()));
        } else if (loopbackDefault && !alreadySet.test("peers")) {
            settings.put("peers", "127.0.0.1");
        } else if (!options.multicast() && !alreadySet.test("peers") && !alreadySet.test("multicast")) {
            throw new UsageException("-nic " + options.nic() + ": without -multicast, discovery needs -peer <host> "
                    + "(the other side's address)");
        }
        // The transport batches opportunistically (it never waits to fill a datagram); -batchSize only
        // turns that on or off.
        settings.put("batching", Boolean.toString(options.batching()));
        return settings;
    }

    /** Sets the settings as system properties, for participants created in this JVM. */
    public static Map<String, String> apply(PerftestOptions options) {
        Map<String, String> settings = of(options, TransportSettings::userSet);
        settings.forEach((name, value) -> System.setProperty("sirocco." + name, value));
        return settings;
    }

    private static boolean userSet(String name) {
        String variable = "SIROCCO_" + name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        return System.getProperty("sirocco." + name) != null || System.getenv(variable) != null;
    }

    /** Options that are accepted (they are part of the interface) but have nothing behind them yet. */
    static void refuseUnimplemented(PerftestOptions options) {
        switch (options.transport()) {
            case RDMA -> throw new UnsupportedFeatureException("-transport RDMA: not implemented yet: Sirocco's RDMA "
                    + "transport (transport-rdma) has not landed; use -transport UDPv4");
            case UDPv4, SHMEM -> {
                // RTPS; SHMEM asks for Acceleration, which the group engine carries over shared memory
            }
        }
    }
}
