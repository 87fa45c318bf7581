package io.sirocco.rtps.config;

import io.sirocco.dcps.core.Setting;
/**
 * Fault injection on received datagrams, for tests and for users diagnosing their system:
 * probabilities of dropping, duplicating and delaying (reordering) each datagram.
 *
 * @param loss {@code faultLoss}
 * @param duplicate {@code faultDuplicate}
 * @param reorder {@code faultReorder}: the datagram is held back and delivered after the next one
 * @param seed {@code faultSeed}: for repeatable runs
 */
public record FaultSettings(double loss, double duplicate, double reorder, long seed) {

    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0);
    }

    public boolean active() {
        return loss > 0 || duplicate > 0 || reorder > 0;
    }

    static FaultSettings load() {
        return new FaultSettings(Setting.of("faultLoss").probability(0), Setting.of("faultDuplicate").probability(0),
                Setting.of("faultReorder").probability(0), Setting.of("faultSeed").number(42, Long.MIN_VALUE, Long.MAX_VALUE));
    }
}
