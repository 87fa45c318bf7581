package io.sirocco.stores.group;

import java.lang.foreign.MemorySegment;

/**
 * Receives the group's messages, on the group's predicate thread, with no lock held. The payload
 * is read in place from the sender's ring: it is valid only until this call returns (copy or
 * deserialize it here). Do not block here, and do not {@code claim} a slot with the blocking call
 * (the window frees only as this thread moves on); use {@code tryClaim}. An exception thrown here
 * stops the group ({@link MulticastGroup#failure()}).
 */
@FunctionalInterface
public interface DeliveryHandler {

    /**
     * @param senderRank the sender's rank in the view being delivered (ranks are renumbered when a view
     *     change removes members; {@link ViewListener#viewInstalled} runs before the first delivery of a
     *     new view)
     * @param index the message's per-sender index (null messages of ordered mode use indices too, so
     *     indices of delivered messages can skip)
     * @param globalSeq ordered mode: the position in the total order (round-robin
     *     {@code index * senders + senderIndex}); unordered mode: -1
     * @param row the sender's row as seen here; the payload is {@code [offset, offset + length)}
     */
    void deliver(int senderRank, long index, long globalSeq, MemorySegment row, long offset, int length);

    /**
     * The pass that just delivered one or more messages is over (opportunistic batching: the layer
     * above may do per-batch work here — wake readers once, acknowledge once).
     */
    default void endOfBatch() {
    }
}
