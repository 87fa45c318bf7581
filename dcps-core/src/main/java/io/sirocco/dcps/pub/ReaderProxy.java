package io.sirocco.dcps.pub;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.ReaderDescription;
import org.omg.dds.core.policy.Reliability;

/** A writer's record of one matched reader: its description and what it acknowledged. */
final class ReaderProxy implements MatchedReader {
    private final SiroccoDataWriter<?> writer;
    private volatile ReaderDescription description;
    final Guid guid;
    final long handle;
    final boolean reliable;
    volatile long acknowledged;

    ReaderProxy(SiroccoDataWriter<?> writer, ReaderDescription description, long handle) {
        this.writer = writer;
        this.description = description;
        this.guid = description.guid();
        this.handle = handle;
        this.reliable = description.qos().getReliability().getKind() == Reliability.Kind.RELIABLE;
    }

    /** The reader was matched again with a new description (its QoS changed): keep this proxy. */
    void refresh(ReaderDescription changed) {
        description = changed;
    }

    @Override
    public ReaderDescription description() {
        return description;
    }

    @Override
    public void acknowledged(long sequenceNumber) {
        if (sequenceNumber > acknowledged) {
            acknowledged = sequenceNumber;
            writer.acknowledgementsAdvanced();
        }
    }
}
