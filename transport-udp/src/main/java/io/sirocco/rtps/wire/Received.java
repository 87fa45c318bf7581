package io.sirocco.rtps.wire;

/**
 * The receiver state of one incoming message (DDSI-RTPS 8.3.4) plus the fields of the submessage
 * being handed over. One instance per receive thread, reused for every message.
 */
public final class Received {
    // Receiver state
    public long sourcePrefixHigh;
    public int sourcePrefixLow;
    public int vendorId;
    public int versionMinor;
    public long timestampNanos;
    public boolean timestampValid;

    // DATA and DATA_FRAG
    public int readerId;
    public int writerId;
    public long sequence;
    public final byte[] keyHash = new byte[16];
    public boolean hasKeyHash;
    public int statusInfo;
    public boolean keyOnly;
    public byte[] buffer;
    public int payloadOffset;
    public int payloadLength;
    public int fragmentStart;
    public int fragmentsInSubmessage;
    public int fragmentSize;
    public int sampleSize;

    /** The writer's GUID, high half: the source prefix's first 8 bytes. */
    public long writerGuidHigh() {
        return sourcePrefixHigh;
    }

    /** The GUID low half of an entity of the source participant. */
    public long guidLow(int entityId) {
        return ((long) sourcePrefixLow << 32) | (entityId & 0xffffffffL);
    }
}
