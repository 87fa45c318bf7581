package io.sirocco.rtps.net;

import io.sirocco.rtps.config.FaultSettings;
import java.util.SplittableRandom;

/**
 * Loss, duplication and reordering of received datagrams, decided by a seeded generator so that a
 * faulty run can be repeated. Runs on the event loop; holds at most one delayed datagram.
 */
final class FaultInjector implements DatagramHandler {
    private final FaultSettings settings;
    private final DatagramHandler next;
    private final SplittableRandom random;
    private final TransportStatistics statistics;
    private byte[] held = new byte[0];
    private int heldLength = -1;

    FaultInjector(FaultSettings settings, int socket, DatagramHandler next, TransportStatistics statistics) {
        this.settings = settings;
        this.next = next;
        this.random = new SplittableRandom(settings.seed() * 31 + socket);
        this.statistics = statistics;
    }

    @Override
    public void received(byte[] buffer, int offset, int length) {
        if (random.nextDouble() < settings.loss()) {
            statistics.injectedLosses.increment();
            return;
        }
        if (heldLength < 0 && random.nextDouble() < settings.reorder()) {
            if (held.length < length) {
                held = new byte[Math.max(length, 2048)];
            }
            System.arraycopy(buffer, offset, held, 0, length);
            heldLength = length;
            statistics.injectedReorders.increment();
            return;
        }
        next.received(buffer, offset, length);
        if (random.nextDouble() < settings.duplicate()) {
            statistics.injectedDuplicates.increment();
            next.received(buffer, offset, length);
        }
        if (heldLength >= 0) {
            int length2 = heldLength;
            heldLength = -1;
            next.received(held, 0, length2);
        }
    }
}
