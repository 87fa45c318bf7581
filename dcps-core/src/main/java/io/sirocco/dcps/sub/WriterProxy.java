package io.sirocco.dcps.sub;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dcps.type.cdr.CdrInput;

/**
 * A reader's record of one matched writer, and the channel paths deliver that writer's changes
 * through. The sequence bookkeeping is guarded by the reader's cache lock.
 */
final class WriterProxy<T> implements MatchedWriter<T> {
    private final SiroccoDataReader<T> reader;
    private volatile WriterDescription description;
    final Guid guid;
    final long handle;
    volatile int strength;
    final boolean reliable;
    long lastSequence;
    volatile boolean matched = true;
    /** Guarded by the reader's status lock. */
    boolean alive = true;

    WriterProxy(SiroccoDataReader<T> reader, WriterDescription description, long handle) {
        this.reader = reader;
        this.description = description;
        this.guid = description.guid();
        this.handle = handle;
        this.strength = description.qos().getOwnershipStrength().getValue();
        this.reliable = description.qos().getReliability().getKind()
                == org.omg.dds.core.policy.Reliability.Kind.RELIABLE;
    }

    /** The writer was matched again with a new description (its QoS changed): keep this proxy. */
    void refresh(WriterDescription changed) {
        description = changed;
        int newStrength = changed.qos().getOwnershipStrength().getValue();
        if (newStrength != strength) {
            strength = newStrength;
            reader.ownerStrengthChanged(this);
        }
    }

    @Override
    public WriterDescription description() {
        return description;
    }

    @Override
    public long publicationHandle() {
        return handle;
    }

    @Override
    public DeliveryResult deliver(WriterChange<T> change) {
        return reader.deliver(this, change);
    }

    @Override
    public void deliverAll(java.util.List<WriterChange<T>> changes) {
        reader.deliverAll(this, changes);
    }

    @Override
    public DeliveryResult deliverSerialized(long sequenceNumber, ChangeKind kind, long sourceTimestampNanos,
            long expiryNanoTime, CdrInput payload, boolean keyOnly, byte[] keyHash) {
        return reader.deliverSerialized(this, sequenceNumber, kind, sourceTimestampNanos, expiryNanoTime, payload,
                keyOnly);
    }

    @Override
    public void lost(int count) {
        reader.samplesLost(count);
    }

    @Override
    public void livelinessChanged(boolean nowAlive) {
        reader.writerLivelinessChanged(this, nowAlive);
    }

    @Override
    public boolean awaitSpace(long deadlineNanoTime) {
        return matched && reader.awaitSpace(deadlineNanoTime);
    }

    @Override
    public String toString() {
        return "WriterProxy[" + guid + " -> " + reader + "]";
    }
}
