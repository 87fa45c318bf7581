package io.sirocco.rtps.reader;

/** Where a reader's remote-writer state hands complete changes, in order (for reliable writers). */
public interface ChangeSink {

    /**
     * A change: a serialized sample ({@code keyOnly} false) or key, in {@code buffer[offset, +length)}
     * starting with the encapsulation header; {@code length} 0 when the change carries no payload.
     *
     * @param statusInfo RTPS status info flags (1 disposed, 2 unregistered)
     * @param keyHash 16 bytes or {@code null}
     * @param timestampNanos the source timestamp, or {@link Long#MIN_VALUE} when none was sent
     * @return false when the reader has no room for it now (a reliable writer will be asked for it
     *         again), true when it was taken or legitimately dropped
     */
    boolean deliver(long sequence, int statusInfo, boolean keyOnly, byte[] keyHash, long timestampNanos,
            byte[] buffer, int offset, int length);

    /** Changes the writer will never send (it no longer has them). */
    void lost(int count);

    /** The writer's liveliness as its lease says. */
    void livelinessChanged(boolean alive);
}
