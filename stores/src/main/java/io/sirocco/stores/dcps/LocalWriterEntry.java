package io.sirocco.stores.dcps;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.MatchedReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A writer of this JVM in a group: the readers it matched (local and in other members) and how far
 * its own samples have come back delivered, which is when the group has them (ordered mode: stable
 * at every member) and so when matched readers count as acknowledged. The group thread applies
 * them as it delivers (DCPS never waits for the writer's lock there: the writer may hold it while it
 * waits for the group's window), the writer on its next write, and the membership thread as a
 * backstop.
 */
final class LocalWriterEntry {
    final LocalWriter<?> writer;
    final long high;
    final long low;
    final Map<Guid, MatchedReader> readers = new ConcurrentHashMap<>();
    /** How this writer serializes: XCDR version by its representation, and the encapsulation identifier. */
    final io.sirocco.dcps.type.cdr.XcdrVersion version;
    final int encapsulation;
    final boolean keyed;
    private volatile long delivered;
    private final java.util.concurrent.atomic.AtomicLong acknowledged = new java.util.concurrent.atomic.AtomicLong();

    LocalWriterEntry(LocalWriter<?> writer) {
        this.writer = writer;
        this.high = writer.guid().high();
        this.low = writer.guid().low();
        this.version = io.sirocco.dcps.qos.RepresentationRule.offeredBy(writer.description().qos().getRepresentation())
                == io.sirocco.dcps.qos.RepresentationRule.XCDR2 ? io.sirocco.dcps.type.cdr.XcdrVersion.XCDR2
                : io.sirocco.dcps.type.cdr.XcdrVersion.XCDR1;
        this.encapsulation = writer.codec().encapsulationId(version, java.nio.ByteOrder.LITTLE_ENDIAN);
        this.keyed = writer.codec().isKeyed();
    }

    /** The group delivered this writer's sample {@code sequence} here (group thread). */
    void delivered(long sequence) {
        if (sequence > delivered) {
            delivered = sequence;
        }
    }

    /**
     * Tells matched readers what the group has delivered since the last call. No lock of ours is
     * held meanwhile (DCPS takes the writer's, and the publishing thread calls this holding it).
     */
    void applyAcknowledgements() {
        long d = delivered;
        long a = acknowledged.get();
        if (d > a && acknowledged.compareAndSet(a, d)) {
            for (MatchedReader r : readers.values()) {
                r.acknowledged(d);
            }
        }
    }
}
