package io.sirocco.dcps.pub;

import io.sirocco.dcps.spi.WriterChange;

/** A pooled history entry: the change paths see, linked in sequence order and per instance. */
final class HistoryNode<T> {
    final WriterChange<T> change = new WriterChange<>();
    /** The sample copy this node owns (the change's data points at it). */
    final T data;
    WriterInstance<T> instance;
    HistoryNode<T> previous;
    HistoryNode<T> next;
    HistoryNode<T> previousInInstance;
    HistoryNode<T> nextInInstance;
    /** Held back by a suspension or an open coherent set, not yet given to the paths. */
    boolean pending;

    HistoryNode(T data) {
        this.data = data;
    }
}
