package io.sirocco.dcps.sub;

import io.sirocco.dcps.error.EntityClosedException;
import java.util.NoSuchElementException;
import org.omg.dds.sub.Sample;

/**
 * The result of a loaning read or take: iterates the reader's own sample objects, which stay
 * valid until {@link #close()} returns them. Loans are pooled per reader; use try-with-resources.
 * The iterator cannot modify the collection ({@code remove}, {@code set}, {@code add} throw).
 *
 * <p>Because loan objects are reused (so that take allocates nothing), a loan must not be touched
 * after {@link #close()} — not even closed a second time once a later read or take may have
 * reused it; closing it twice in a row is harmless.
 */
final class SampleLoan<T> implements Sample.Iterator<T> {
    private final SiroccoDataReader<T> reader;
    final SlotBuffer<T> slots = new SlotBuffer<>();
    int count;
    private int cursor;
    private boolean open;

    SampleLoan(SiroccoDataReader<T> reader) {
        this.reader = reader;
    }

    void open(int size) {
        this.count = size;
        this.cursor = 0;
        this.open = true;
    }

    @Override
    public boolean hasNext() {
        return open && cursor < count;
    }

    @Override
    public Sample<T> next() {
        checkOpen();
        if (cursor >= count) {
            throw new NoSuchElementException("no more samples in this loan (" + count + ")");
        }
        return slots.get(cursor++);
    }

    @Override
    public boolean hasPrevious() {
        return open && cursor > 0;
    }

    @Override
    public Sample<T> previous() {
        checkOpen();
        if (cursor <= 0) {
            throw new NoSuchElementException("already at the first sample");
        }
        return slots.get(--cursor);
    }

    @Override
    public int nextIndex() {
        return cursor;
    }

    @Override
    public int previousIndex() {
        return cursor - 1;
    }

    @Override
    public void remove() {
        throw new UnsupportedOperationException("a loan of samples cannot be modified");
    }

    @Override
    public void set(Sample<T> sample) {
        throw new UnsupportedOperationException("a loan of samples cannot be modified");
    }

    @Override
    public void add(Sample<T> sample) {
        throw new UnsupportedOperationException("a loan of samples cannot be modified");
    }

    /** Returns the samples to the reader; the iterator and its samples must not be used afterwards. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        reader.returnLoan(this);
    }

    private void checkOpen() {
        if (!open) {
            throw new EntityClosedException(reader.getEnvironment(), "this loan of samples was closed");
        }
    }
}
