package io.sirocco.stores.fabric;

import java.lang.foreign.MemorySegment;

/**
 * One member's region for one view of a group: a row per member. The member writes its own row
 * directly ({@link #row(int) row(myRank())}), then {@link #push pushes} byte ranges of it to peers;
 * it reads peers' rows, which their pushes update. Counters are read with acquire and written with
 * release semantics ({@link #readLongAcquire}, {@link #writeLongRelease}) so that data written
 * before a counter is visible to whoever sees the counter.
 *
 * <p>Thread safety: pushes may be posted from one thread at a time; reads from any thread.
 */
public interface FabricGroup extends AutoCloseable {

    GroupLayout layout();

    default int myRank() {
        return layout().myRank();
    }

    default int members() {
        return layout().members();
    }

    /** Member {@code rank}'s row as seen here ({@code rowBytes} long). Write only your own row. */
    MemorySegment row(int rank);

    /** Reads the aligned 8-byte word at {@code offset} of member {@code rank}'s row, with acquire semantics. */
    long readLongAcquire(int rank, long offset);

    /** Writes the aligned 8-byte word at {@code offset} of this member's row, with release semantics. */
    void writeLongRelease(long offset, long value);

    /**
     * Copies bytes {@code offset..offset+length} of this member's row into peer {@code rank}'s copy.
     * Takes effect after every earlier push to the same peer. A push to a failed peer is ignored.
     */
    void push(int rank, long offset, long length);

    /** {@link #push} to every peer. */
    default void pushAll(long offset, long length) {
        for (int rank = 0; rank < members(); rank++) {
            if (rank != myRank()) {
                push(rank, offset, length);
            }
        }
    }

    /**
     * Whether the fabric knows peer {@code rank} to be gone (its process died, its connection
     * broke). The group engine also suspects peers whose heartbeat counter stops; this is the
     * fabric's own, faster signal.
     */
    boolean failed(int rank);

    /** Releases this member's region (and, for the last member, the shared resources). */
    @Override
    void close();
}
