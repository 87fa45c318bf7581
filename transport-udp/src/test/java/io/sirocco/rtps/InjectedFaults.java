package io.sirocco.rtps;

/**
 * Turns on the transport's fault injection for the participants created while it is open: they
 * read {@code sirocco.fault*} once, when created, so closing it right after creating them leaves
 * later participants (other tests) on a perfect network.
 */
final class InjectedFaults implements AutoCloseable {
    private static final String[] NAMES = {"sirocco.faultLoss", "sirocco.faultReorder", "sirocco.faultDuplicate",
        "sirocco.faultSeed"};

    private InjectedFaults() {
    }

    /** Probabilities per received datagram; {@code seed} makes a run repeatable. */
    static InjectedFaults set(double loss, double reorder, double duplicate, long seed) {
        System.setProperty(NAMES[0], Double.toString(loss));
        System.setProperty(NAMES[1], Double.toString(reorder));
        System.setProperty(NAMES[2], Double.toString(duplicate));
        System.setProperty(NAMES[3], Long.toString(seed));
        return new InjectedFaults();
    }

    @Override
    public void close() {
        for (String name : NAMES) {
            System.clearProperty(name);
        }
    }
}
