package io.sirocco.stores.dcps;

import java.lang.foreign.MemorySegment;

/**
 * The replicated object behind a group topic, chosen by Durability (as in DerechoDDS): every member
 * applies the same delivered messages in the same order, so every member holds the same store. A
 * joiner receives it as a snapshot taken at the view boundary. {@link NoStore} keeps nothing
 * (VOLATILE); {@link TransientStore} keeps the last N per instance in memory (TRANSIENT_LOCAL,
 * TRANSIENT); a PersistentStore would add a RocksDB log behind the same three calls.
 */
interface TopicStore {

    /** Applies one delivered sample: {@code [at, at + length)} of {@code message} holds its header and whole body. Group thread only. */
    void apply(MemorySegment message, long at, int length);

    /** The store's content as one byte array, in delivery order (see {@link #forEach}). Group thread only. */
    byte[] snapshot();

    /** Calls {@code visitor} with each kept message in delivery order. Group thread, or before it starts. */
    void forEach(MessageVisitor visitor);

    /** Whether this store keeps anything (a joiner waits for a snapshot only then). */
    boolean keeps();

    /** Sees one stored message. */
    @FunctionalInterface
    interface MessageVisitor {
        void visit(MemorySegment message, long at, int length);
    }
}
