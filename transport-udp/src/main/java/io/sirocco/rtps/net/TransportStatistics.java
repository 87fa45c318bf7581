package io.sirocco.rtps.net;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one participant's RTPS transport, for users diagnosing a system (see
 * {@link io.sirocco.rtps.RtpsTransport#statistics}): what was received, what was dropped as malformed, and
 * what the fault injector did.
 */
public final class TransportStatistics {
    final LongAdder datagramsReceived = new LongAdder();
    final LongAdder bytesReceived = new LongAdder();
    final LongAdder datagramsSent = new LongAdder();
    final LongAdder bytesSent = new LongAdder();
    final LongAdder malformedMessages = new LongAdder();
    final LongAdder foreignMessages = new LongAdder();
    final LongAdder injectedLosses = new LongAdder();
    final LongAdder injectedDuplicates = new LongAdder();
    final LongAdder injectedReorders = new LongAdder();
    final LongAdder sendFailures = new LongAdder();
    final LongAdder undecodable = new LongAdder();

    public long datagramsReceived() {
        return datagramsReceived.sum();
    }

    public long bytesReceived() {
        return bytesReceived.sum();
    }

    public long datagramsSent() {
        return datagramsSent.sum();
    }

    public long bytesSent() {
        return bytesSent.sum();
    }

    /** RTPS messages dropped because they were inconsistent (bad lengths, bad values). */
    public long malformedMessages() {
        return malformedMessages.sum();
    }

    /** Datagrams that were not RTPS at all. */
    public long foreignMessages() {
        return foreignMessages.sum();
    }

    public long injectedLosses() {
        return injectedLosses.sum();
    }

    public long injectedDuplicates() {
        return injectedDuplicates.sum();
    }

    public long injectedReorders() {
        return injectedReorders.sum();
    }

    public long sendFailures() {
        return sendFailures.sum();
    }

    /**
     * Changes received intact but with a payload no reader could decode (an unknown data
     * representation, a dispose identified only by a digest key hash).
     */
    public long undecodableChanges() {
        return undecodable.sum();
    }

    /** Counts an undecodable change. */
    public void undecodable() {
        undecodable.increment();
    }

    /** Counts a malformed message (the receive path calls this). */
    public void malformed() {
        malformedMessages.increment();
    }

    /** Counts a datagram that was not RTPS. */
    public void foreign() {
        foreignMessages.increment();
    }

    @Override
    public String toString() {
        return "TransportStatistics[received " + datagramsReceived() + " datagrams / " + bytesReceived()
                + " B, sent " + datagramsSent() + " / " + bytesSent() + " B, malformed " + malformedMessages()
                + ", foreign " + foreignMessages() + ", undecodable " + undecodableChanges() + ", send failures " + sendFailures() + ", injected loss "
                + injectedLosses() + " dup " + injectedDuplicates() + " reorder " + injectedReorders() + "]";
    }
}
