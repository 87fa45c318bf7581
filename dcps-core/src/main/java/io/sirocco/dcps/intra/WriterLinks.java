package io.sirocco.dcps.intra;

import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.spi.FlowControlTimeoutException;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.WriterChange;
import java.util.List;

/**
 * The readers one writer delivers to, as a copy-on-write array: publishing walks a plain array.
 * A reliable link whose reader is full makes the writer wait for room, up to its max_blocking_time.
 */
final class WriterLinks<T> {
    @SuppressWarnings("rawtypes")
    private static final Link[] NONE = new Link[0];

    final LocalWriter<T> writer;
    @SuppressWarnings("unchecked")
    private volatile Link<T>[] links = NONE;
    /** Writers start alive; a reader linked later must learn that one is not (see IntraDomain#link). */
    private volatile boolean alive = true;

    WriterLinks(LocalWriter<T> writer) {
        this.writer = writer;
    }

    Link<T>[] links() {
        return links;
    }

    synchronized void add(Link<T> link) {
        Link<T>[] grown = java.util.Arrays.copyOf(links, links.length + 1);
        grown[links.length] = link;
        links = grown;
    }

    /** The link to {@code reader}, or {@code null}. */
    Link<T> find(io.sirocco.dcps.core.Guid reader) {
        for (Link<T> link : links) {
            if (link.reader().guid().equals(reader)) {
                return link;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    synchronized Link<T> remove(io.sirocco.dcps.core.Guid reader) {
        Link<T>[] current = links;
        for (int i = 0; i < current.length; i++) {
            if (current[i].reader().guid().equals(reader)) {
                Link<T> removed = current[i];
                Link<T>[] shrunk = new Link[current.length - 1];
                System.arraycopy(current, 0, shrunk, 0, i);
                System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
                links = shrunk;
                return removed;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    synchronized Link<T>[] clear() {
        Link<T>[] current = links;
        links = NONE;
        return current;
    }

    void publish(WriterChange<T> change, long blockDeadlineNanoTime) {
        for (Link<T> link : links) {
            DeliveryResult result = link.toReader().deliver(change);
            while (result == DeliveryResult.REJECTED && link.reliable()) {
                if (!link.toReader().awaitSpace(blockDeadlineNanoTime)) {
                    throw new FlowControlTimeoutException("reader " + link.reader().guid() + " stayed full");
                }
                result = link.toReader().deliver(change);
            }
            if (result != DeliveryResult.GONE) {
                link.fromWriter().acknowledged(change.sequenceNumber());
            }
        }
    }

    void publishAll(List<WriterChange<T>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long last = changes.get(changes.size() - 1).sequenceNumber();
        for (Link<T> link : links) {
            link.toReader().deliverAll(changes);
            link.fromWriter().acknowledged(last);
        }
    }

    void livelinessChanged(boolean alive) {
        this.alive = alive;
        for (Link<T> link : links) {
            link.toReader().livelinessChanged(alive);
        }
    }

    /** The writer's liveliness as it last reported it (read under the writer's lock, as it is written). */
    boolean alive() {
        return alive;
    }
}
