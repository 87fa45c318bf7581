package io.sirocco.dcps.spi;

/**
 * One transport beneath DCPS for one participant: it announces local endpoints, finds matching
 * endpoints (in this JVM, over RTPS, in a group), asks DCPS to match them, and moves changes.
 *
 * <p>Calls come from entity operations, never with a reader's lock held. {@link #publish} is called
 * with the writer's lock held, once per change, in sequence order: a path must not block in it
 * except for reliable flow control, and must not call back into the writer.
 */
public interface DataPath extends AutoCloseable {

    /** The provider's name, for logs. */
    String name();

    /** Whether this path carries data of the writer (the selection rule by QoS lives here). */
    boolean carries(WriterDescription writer);

    /** Whether this path carries data to the reader. */
    boolean carries(ReaderDescription reader);

    /**
     * Whether this path claims the writer for itself: then no other path carries it (the group
     * engine claims ATOMIC and accelerated topics this way).
     */
    default boolean claims(WriterDescription writer) {
        return false;
    }

    /** Whether this path claims the reader for itself. */
    default boolean claims(ReaderDescription reader) {
        return false;
    }

    /**
     * Whether this path writes samples in place into registered memory (shared memory, RDMA), which
     * endpoints with Acceleration PREFERRED or REQUIRED ask for.
     */
    default boolean accelerates() {
        return false;
    }

    void writerEnabled(LocalWriter<?> writer);

    /** The writer's QoS changed (e.g. partitions): re-announce and re-match. */
    void writerUpdated(LocalWriter<?> writer);

    void writerClosed(LocalWriter<?> writer);

    void readerEnabled(LocalReader<?> reader);

    void readerUpdated(LocalReader<?> reader);

    void readerClosed(LocalReader<?> reader);

    /**
     * A new change of {@code writer}; see the class comment for the calling rules. A reliable path
     * whose reader cannot take the change yet may block until {@code blockDeadlineNanoTime}
     * ({@link System#nanoTime()} scale, the writer's max_blocking_time) and then throw
     * {@link FlowControlTimeoutException}.
     */
    <T> void publish(LocalWriter<T> writer, WriterChange<T> change, long blockDeadlineNanoTime);

    /**
     * The changes of one coherent set (or of a suspension), in order: readers that asked for
     * coherent access must see all of them or none. The default publishes them one by one.
     */
    default <T> void publishCoherentSet(LocalWriter<T> writer, java.util.List<WriterChange<T>> changes,
            long blockDeadlineNanoTime) {
        for (WriterChange<T> change : changes) {
            publish(writer, change, blockDeadlineNanoTime);
        }
    }

    /**
     * The writer's own view of its liveliness changed (its lease expired without assertion, or it
     * asserted again). Paths whose peers track leases themselves may ignore this.
     */
    void writerLivelinessChanged(LocalWriter<?> writer, boolean alive);

    /**
     * A change left the writer's history (KEEP_LAST replacement, acknowledged and trimmed, lifespan
     * expired); called under the writer's lock. Paths that keep their own copy of the history (in
     * serialized form, for retransmission and late joiners) drop it here.
     */
    default <T> void changeRemoved(LocalWriter<T> writer, long sequenceNumber) {
    }

    /**
     * Every change up to and including {@code sequenceNumber} left the writer's history (all
     * acknowledged): one call for what would otherwise be one {@link #changeRemoved} per change.
     * Called under the writer's lock.
     */
    default <T> void changesRemovedThrough(LocalWriter<T> writer, long sequenceNumber) {
    }

    /**
     * The application asserted liveliness without writing: {@code writer.assertLiveliness()}, or
     * {@code participant.assertLiveliness()} when {@code writer} is {@code null}. Paths whose peers
     * track leases themselves tell them (RTPS: HEARTBEAT with the liveliness flag, or a
     * participant message).
     */
    default void livelinessAsserted(LocalWriter<?> writer) {
    }

    /** The participant's QoS (e.g. user data) changed. */
    void participantUpdated();

    @Override
    void close();
}
