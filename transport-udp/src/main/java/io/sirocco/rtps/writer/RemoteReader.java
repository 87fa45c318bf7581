package io.sirocco.rtps.writer;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.MatchedReader;
import java.net.InetSocketAddress;

/**
 * A writer's state for one matched remote reader (DDSI-RTPS ReaderProxy): where to send, what it
 * acknowledged, and from which sequence number on it cares (a volatile reader ignores what was
 * written before it matched).
 */
final class RemoteReader {
    final Guid guid;
    final int entityId;
    final boolean reliable;
    final InetSocketAddress target;
    /** The DCPS side, once matched ({@link RtpsWriter#attach}); acknowledgements go there. */
    volatile MatchedReader dcps;
    long acknowledged;
    long firstRelevant;
    /** Whether the reader has answered (an ACKNACK): it knows this writer and where its session starts. */
    boolean synced;
    int lastAcknackCount = Integer.MIN_VALUE;
    int lastNackFragCount = Integer.MIN_VALUE;

    RemoteReader(Guid guid, boolean reliable, InetSocketAddress target, long firstRelevant) {
        this.guid = guid;
        this.entityId = guid.entityId();
        this.reliable = reliable;
        this.target = target;
        this.firstRelevant = firstRelevant;
        this.acknowledged = firstRelevant - 1;
    }

    @Override
    public String toString() {
        return "RemoteReader[" + guid + " at " + target + ", acked " + acknowledged + "]";
    }
}
