package io.sirocco.dcps.intra;

import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.ParticipantContext;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.spi.WriterDescription;
import java.util.List;

/**
 * The path between writers and readers of the same JVM: a change goes straight from the writer's
 * history into each matched reader's cache, on the writing thread, with no serialization. One
 * instance per participant, all sharing the {@link IntraDomain} of their domain.
 */
public final class IntraProcessPath implements DataPath {
    private final IntraDomain domain;

    private IntraProcessPath(IntraDomain domain) {
        this.domain = domain;
    }

    public static IntraProcessPath open(ParticipantContext participant) {
        return new IntraProcessPath(IntraDomain.of(participant.domainId()));
    }

    @Override
    public String name() {
        return "intra-process";
    }

    @Override
    public boolean carries(WriterDescription writer) {
        return true;
    }

    @Override
    public boolean carries(ReaderDescription reader) {
        return true;
    }

    @Override
    public void writerEnabled(LocalWriter<?> writer) {
        domain.addWriter(writer);
    }

    @Override
    public void writerUpdated(LocalWriter<?> writer) {
        domain.rematchWriter(writer);
    }

    @Override
    public void writerClosed(LocalWriter<?> writer) {
        domain.removeWriter(writer);
    }

    @Override
    public void readerEnabled(LocalReader<?> reader) {
        domain.addReader(reader);
    }

    @Override
    public void readerUpdated(LocalReader<?> reader) {
        domain.rematchReader(reader);
    }

    @Override
    public void readerClosed(LocalReader<?> reader) {
        domain.removeReader(reader);
    }

    @Override
    public <T> void publish(LocalWriter<T> writer, WriterChange<T> change, long blockDeadlineNanoTime) {
        domain.links(writer).publish(change, blockDeadlineNanoTime);
    }

    @Override
    public <T> void publishCoherentSet(LocalWriter<T> writer, List<WriterChange<T>> changes, long blockDeadlineNanoTime) {
        domain.links(writer).publishAll(changes);
    }

    @Override
    public void writerLivelinessChanged(LocalWriter<?> writer, boolean alive) {
        domain.links(writer).livelinessChanged(alive);
    }

    @Override
    public void participantUpdated() {
        // Nothing is announced over a wire; the domain registry already sees the new QoS.
    }

    @Override
    public void close() {
        // Endpoints remove themselves as they close.
    }
}
