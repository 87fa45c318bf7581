package io.sirocco.stores.dcps;

import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.spi.FlowControlTimeoutException;
import io.sirocco.dcps.spi.LocalMatch;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.dcps.spi.WriterChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Ordinary (non-group) writers of this JVM and the group readers they match: Acceleration is not a
 * request/offer policy, so a plain EVENTUAL writer matches an accelerated EVENTUAL reader, and an
 * EVENTUAL writer must be refused, with statuses, by an ATOMIC reader. DCPS decides both when the
 * two are introduced here; matched pairs exchange changes straight from the writer's history, on
 * the writing thread, as the intra-process path does. Only within the JVM: a plain writer in
 * another process reaches a group reader only if it is carried by the group too.
 *
 * <p>The other direction — group writers to plain readers — goes through the group: plain readers
 * are readers of the topic's {@link TopicMember}s.
 */
final class LocalBridges {

    private record Link(LocalReader<?> reader, MatchedWriter<?> toReader, MatchedReader fromWriter) {
    }

    private final Map<LocalWriter<?>, List<Link>> byWriter = new ConcurrentHashMap<>();
    private final List<LocalReader<?>> groupReaders = new ArrayList<>(); // guarded by this

    synchronized void plainWriterAdded(LocalWriter<?> writer) {
        List<Link> links = new CopyOnWriteArrayList<>();
        byWriter.put(writer, links);
        for (LocalReader<?> r : groupReaders) {
            link(writer, r, links);
        }
    }

    synchronized void plainWriterRemoved(LocalWriter<?> writer) {
        List<Link> links = byWriter.remove(writer);
        if (links != null) {
            for (Link l : links) {
                l.reader.unmatchWriter(writer.guid());
            }
        }
    }

    synchronized void groupReaderAdded(LocalReader<?> reader) {
        groupReaders.add(reader);
        for (Map.Entry<LocalWriter<?>, List<Link>> e : byWriter.entrySet()) {
            link(e.getKey(), reader, e.getValue());
        }
    }

    synchronized void groupReaderRemoved(LocalReader<?> reader) {
        groupReaders.remove(reader);
        for (Map.Entry<LocalWriter<?>, List<Link>> e : byWriter.entrySet()) {
            for (Link l : e.getValue()) {
                if (l.reader == reader) {
                    e.getValue().remove(l);
                    e.getKey().unmatchReader(reader.guid());
                }
            }
        }
    }

    /** Matches the pair; a durable reader first gets the writer's history, then live changes. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void link(LocalWriter<?> writer, LocalReader<?> reader, List<Link> links) {
        LocalMatch match = LocalMatch.of((LocalWriter) writer, (LocalReader) reader);
        if (match == null) {
            return;
        }
        Link link = new Link(reader, match.toReader(), match.fromWriter());
        boolean durable = TopicMember.durable(reader.description().qos().getDurability());
        ((LocalWriter) writer).replayHistory(durable ? change -> {
            match.toReader().deliver((WriterChange) change);
            match.fromWriter().acknowledged(((WriterChange) change).sequenceNumber());
        } : null, () -> links.add(link));
    }

    /** A change of a plain writer: to its matched group readers of this JVM. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void publish(LocalWriter<?> writer, WriterChange<?> change, long blockDeadlineNanoTime) {
        List<Link> links = byWriter.get(writer);
        if (links == null) {
            return;
        }
        for (Link l : links) {
            MatchedWriter m = l.toReader;
            DeliveryResult r = m.deliver(change);
            while (r == DeliveryResult.REJECTED) {
                if (!m.awaitSpace(blockDeadlineNanoTime)) {
                    throw new FlowControlTimeoutException("reader " + l.reader.guid() + " stayed full");
                }
                r = m.deliver(change);
            }
            if (r != DeliveryResult.GONE) {
                l.fromWriter.acknowledged(change.sequenceNumber());
            }
        }
    }
}
