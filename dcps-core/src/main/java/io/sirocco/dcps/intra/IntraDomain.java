package io.sirocco.dcps.intra;

import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.MatchedWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.Reliability;

/**
 * The writers and readers of one domain in this JVM and the links between them. Every enabled
 * writer is offered to every enabled reader of the same topic; DCPS decides whether they match.
 * A reader that asks for TRANSIENT_LOCAL (or stronger) durability first receives the writer's
 * history, under the writer's lock, so that live delivery continues without a gap.
 */
final class IntraDomain {
    private static final ConcurrentHashMap<Integer, IntraDomain> DOMAINS = new ConcurrentHashMap<>();

    private final List<LocalWriter<?>> writers = new ArrayList<>();
    private final List<LocalReader<?>> readers = new ArrayList<>();
    private final ConcurrentHashMap<LocalWriter<?>, WriterLinks<?>> links = new ConcurrentHashMap<>();

    static IntraDomain of(int domainId) {
        return DOMAINS.computeIfAbsent(domainId, id -> new IntraDomain());
    }

    /** The links looked up last: writers usually write many samples in a row. */
    private volatile WriterLinks<?> lastLookedUp;

    @SuppressWarnings({"unchecked", "rawtypes"})
    <T> WriterLinks<T> links(LocalWriter<T> writer) {
        WriterLinks<?> last = lastLookedUp;
        if (last != null && last.writer == writer) {
            return (WriterLinks<T>) last;
        }
        WriterLinks<T> found = (WriterLinks<T>) links.get(writer);
        if (found == null) {
            return new WriterLinks<>(writer);
        }
        lastLookedUp = found;
        return found;
    }

    synchronized void addWriter(LocalWriter<?> writer) {
        writers.add(writer);
        WriterLinks<?> own = new WriterLinks<>(writer);
        links.put(writer, own);
        for (LocalReader<?> reader : readers) {
            link(own, reader);
        }
    }

    synchronized void addReader(LocalReader<?> reader) {
        readers.add(reader);
        for (LocalWriter<?> writer : writers) {
            link(links.get(writer), reader);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void link(WriterLinks writerLinks, LocalReader reader) {
        LocalWriter writer = writerLinks.writer;
        io.sirocco.dcps.spi.LocalMatch match = io.sirocco.dcps.spi.LocalMatch.of(writer, reader);
        if (match == null) {
            return;
        }
        MatchedWriter toReader = match.toReader();
        MatchedReader fromWriter = match.fromWriter();
        boolean reliable = reader.description().qos().getReliability().getKind() == Reliability.Kind.RELIABLE
                && writer.description().qos().getReliability().getKind() == Reliability.Kind.RELIABLE;
        Link link = new Link(reader, toReader, fromWriter, reliable);
        boolean durable = reader.description().qos().getDurability().getKind() != Durability.Kind.VOLATILE;
        java.util.function.Consumer<io.sirocco.dcps.spi.WriterChange> replay = durable ? change -> {
            toReader.deliver(change);
            fromWriter.acknowledged(change.sequenceNumber());
        } : null;
        writer.replayHistory(replay, () -> {
            writerLinks.add(link);
            if (!writerLinks.alive()) {
                // The writer lost its liveliness before this reader matched: not alive to it either.
                toReader.livelinessChanged(false);
            }
        });
    }

    synchronized void removeWriter(LocalWriter<?> writer) {
        writers.remove(writer);
        WriterLinks<?> own = links.remove(writer);
        lastLookedUp = null;
        if (own != null) {
            for (Link<?> link : own.clear()) {
                link.reader().unmatchWriter(writer.guid());
            }
        }
    }

    synchronized void removeReader(LocalReader<?> reader) {
        readers.remove(reader);
        for (WriterLinks<?> writerLinks : links.values()) {
            if (writerLinks.remove(reader.guid()) != null) {
                writerLinks.writer.unmatchReader(reader.guid());
            }
        }
    }

    synchronized void rematchWriter(LocalWriter<?> writer) {
        WriterLinks<?> own = links.get(writer);
        if (own == null) {
            return;
        }
        for (LocalReader<?> reader : readers) {
            relink(own, reader);
        }
    }

    synchronized void rematchReader(LocalReader<?> reader) {
        for (WriterLinks<?> writerLinks : links.values()) {
            relink(writerLinks, reader);
        }
    }

    /**
     * Re-decides one pair after a QoS change or an ignore: a pair that still matches keeps its link
     * (no second match, no replayed history), one that stopped matching is unlinked on both sides,
     * and a pair that was not linked is linked as usual.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void relink(WriterLinks writerLinks, LocalReader reader) {
        LocalWriter writer = writerLinks.writer;
        Link<?> existing = writerLinks.find(reader.guid());
        if (existing == null) {
            link(writerLinks, reader);
            return;
        }
        boolean sameTopic = writer.description().topicName().equals(reader.description().topicName());
        // Matching an already matched pair again refreshes its descriptions and returns the same proxies.
        MatchedWriter toReader = sameTopic ? reader.matchWriter(writer.description()) : null;
        MatchedReader fromWriter = sameTopic ? writer.matchReader(reader.description()) : null;
        if (toReader == existing.toReader() && fromWriter == existing.fromWriter()) {
            return;
        }
        writerLinks.remove(reader.guid());
        reader.unmatchWriter(writer.guid());
        writer.unmatchReader(reader.guid());
        if (toReader != null && fromWriter != null) {
            link(writerLinks, reader);
        }
    }
}
