package io.sirocco.stores.smc;

import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;

/**
 * A claimed ring slot: write the message into {@link #payload()} (or {@link #buffer()}) in place,
 * then {@link SmcSender#commit commit} it. One object per ring slot, reused: valid only between
 * {@code claim} and {@code commit}/{@code abort}.
 */
public final class SmcSlot {

    private final MemorySegment payload;
    private final ByteBuffer buffer;
    long index = -1;

    SmcSlot(MemorySegment payload) {
        this.payload = payload;
        this.buffer = payload.asByteBuffer();
    }

    /** The payload area, {@code maxPayload} bytes, in this member's registered row. */
    public MemorySegment payload() {
        return payload;
    }

    /** The same area as a buffer, cleared at claim (position 0, limit capacity; byte order as left). */
    public ByteBuffer buffer() {
        return buffer;
    }

    /** The message's per-sender index (0, 1, ...; null messages take indices too). */
    public long index() {
        return index;
    }

    public int capacity() {
        return (int) payload.byteSize();
    }
}
