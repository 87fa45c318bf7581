package io.sirocco.dcps.pub;

import io.sirocco.dcps.util.KeyedIndex;

/** One instance a writer registered: its key, key hash, state and changes in the history. */
final class WriterInstance<T> implements KeyedIndex.Entry<T> {
    final long handle;
    final T key;
    final byte[] keyHash = new byte[16];
    boolean disposed;
    long lastWriteNanoTime;
    long deadlineMissedUpTo;
    HistoryNode<T> firstChange;
    HistoryNode<T> lastChange;
    int changeCount;
    /** Registered instances of the writer, for timers that visit them all. */
    WriterInstance<T> previous;
    WriterInstance<T> next;

    WriterInstance(long handle, T key) {
        this.handle = handle;
        this.key = key;
    }

    @Override
    public T keyHolder() {
        return key;
    }
}
