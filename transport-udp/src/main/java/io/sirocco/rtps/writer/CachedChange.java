package io.sirocco.rtps.writer;

/**
 * A change as the RTPS writer keeps it for (re)transmission: its serialized payload (with the
 * encapsulation header) and what DATA needs besides. Pooled by the writer.
 */
final class CachedChange {
    long sequence;
    long timestampNanos;
    int statusInfo;
    boolean keyOnly;
    final byte[] keyHash = new byte[16];
    boolean hasKeyHash;
    byte[] payload = new byte[64];
    int length;
    CachedChange next;

    void ensureCapacity(int size) {
        if (payload.length < size) {
            payload = new byte[Math.max(size, payload.length * 2)];
        }
    }
}
