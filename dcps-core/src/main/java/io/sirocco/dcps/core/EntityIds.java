package io.sirocco.dcps.core;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * RTPS entity ids: a 3-byte key and a 1-byte kind. User entities get keys from a per-participant
 * counter; the kind byte says what the entity is, as peers expect.
 */
public final class EntityIds {
    public static final int PARTICIPANT = 0x000001C1;
    public static final byte KIND_WRITER_WITH_KEY = 0x02;
    public static final byte KIND_WRITER_NO_KEY = 0x03;
    public static final byte KIND_READER_NO_KEY = 0x04;
    public static final byte KIND_READER_WITH_KEY = 0x07;
    /** Vendor-specific kinds for entities that RTPS does not name (topics, publishers, subscribers). */
    public static final byte KIND_TOPIC = 0x0A;
    public static final byte KIND_PUBLISHER = 0x08;
    public static final byte KIND_SUBSCRIBER = 0x09;

    private final AtomicInteger nextKey = new AtomicInteger(1);

    /** A new entity id of the given kind. */
    public int next(byte kind) {
        int key = nextKey.getAndIncrement();
        if (key > 0xffffff) {
            throw new IllegalStateException("out of entity ids in this participant");
        }
        return (key << 8) | (kind & 0xff);
    }
}
