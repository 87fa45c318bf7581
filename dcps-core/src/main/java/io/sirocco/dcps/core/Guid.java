package io.sirocco.dcps.core;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An RTPS-style globally unique identifier: a 12-byte prefix shared by a participant and all its
 * entities, and a 4-byte entity id (3-byte key + 1-byte kind). Held as two longs and an int so that
 * comparisons and hashing never allocate.
 */
public final class Guid implements Comparable<Guid> {
    /** Sirocco's DDSI-RTPS vendor id (0x01 0xA5), the first two bytes of every prefix it creates. */
    public static final byte[] VENDOR_ID = {0x01, (byte) 0xA5};

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HOST_PROCESS_ID = RANDOM.nextInt();
    private static final AtomicInteger PARTICIPANT_COUNTER = new AtomicInteger(RANDOM.nextInt(1 << 16));

    /** Prefix bytes 0..7. */
    private final long prefixHigh;
    /** Prefix bytes 8..11 (high 32 bits) and the entity id (low 32 bits). */
    private final long prefixLowAndEntity;

    private Guid(long prefixHigh, long prefixLowAndEntity) {
        this.prefixHigh = prefixHigh;
        this.prefixLowAndEntity = prefixLowAndEntity;
    }

    /** The GUID of a new participant: vendor id, a per-JVM random id, a counter; entity id 0x000001C1. */
    public static Guid newParticipant() {
        long high = ((long) (VENDOR_ID[0] & 0xff) << 56) | ((long) (VENDOR_ID[1] & 0xff) << 48)
                | ((long) (HOST_PROCESS_ID & 0xffffffffL) << 16)
                | (PARTICIPANT_COUNTER.getAndIncrement() & 0xffff);
        int random = RANDOM.nextInt();
        return new Guid(high, ((long) random << 32) | EntityIds.PARTICIPANT);
    }

    /** A GUID from its two halves (see {@link #high()} and {@link #low()}). */
    public static Guid of(long high, long low) {
        return new Guid(high, low);
    }

    /** Bytes 0..7 (prefix), big-endian. */
    public long high() {
        return prefixHigh;
    }

    /** Bytes 8..15 (end of the prefix, then the entity id), big-endian. */
    public long low() {
        return prefixLowAndEntity;
    }

    /** A GUID from its 16 bytes. */
    public static Guid fromBytes(byte[] bytes, int offset) {
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[offset + i] & 0xff);
            low = (low << 8) | (bytes[offset + 8 + i] & 0xff);
        }
        return new Guid(high, low);
    }

    /** The GUID of an entity of this GUID's participant with the given entity id. */
    public Guid withEntityId(int entityId) {
        return new Guid(prefixHigh, (prefixLowAndEntity & 0xffffffff00000000L) | (entityId & 0xffffffffL));
    }

    public int entityId() {
        return (int) prefixLowAndEntity;
    }

    /** The participant GUID of the entity: same prefix, participant entity id. */
    public Guid participant() {
        return withEntityId(EntityIds.PARTICIPANT);
    }

    /** Whether both GUIDs share a prefix, i.e. belong to the same participant. */
    public boolean samePrefix(Guid other) {
        return prefixHigh == other.prefixHigh && (prefixLowAndEntity >>> 32) == (other.prefixLowAndEntity >>> 32);
    }

    /** Writes the 16 bytes at {@code offset}. */
    public void toBytes(byte[] target, int offset) {
        for (int i = 7; i >= 0; i--) {
            target[offset + 7 - i] = (byte) (prefixHigh >>> (i * 8));
            target[offset + 15 - i] = (byte) (prefixLowAndEntity >>> (i * 8));
        }
    }

    public byte[] toBytes() {
        byte[] bytes = new byte[16];
        toBytes(bytes, 0);
        return bytes;
    }

    /** The key of built-in topic samples: the GUID as four big-endian 32-bit integers. */
    public int[] toBuiltinKey() {
        return new int[] {(int) (prefixHigh >>> 32), (int) prefixHigh,
            (int) (prefixLowAndEntity >>> 32), (int) prefixLowAndEntity};
    }

    /** The inverse of {@link #toBuiltinKey()}. */
    public static Guid fromBuiltinKey(int[] key) {
        if (key == null || key.length != 4) {
            throw new IllegalArgumentException("key must hold 4 integers");
        }
        return new Guid(((long) key[0] << 32) | (key[1] & 0xffffffffL), ((long) key[2] << 32) | (key[3] & 0xffffffffL));
    }

    @Override
    public int compareTo(Guid other) {
        int c = Long.compareUnsigned(prefixHigh, other.prefixHigh);
        return c != 0 ? c : Long.compareUnsigned(prefixLowAndEntity, other.prefixLowAndEntity);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guid g && g.prefixHigh == prefixHigh && g.prefixLowAndEntity == prefixLowAndEntity;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(prefixHigh * 31 + prefixLowAndEntity);
    }

    /** The usual dotted form: {@code 01a5xxxx:xxxxxxxx:xxxxxxxx:eeeeeeee}. */
    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits((int) (prefixHigh >>> 32)) + ":" + hex.toHexDigits((int) prefixHigh) + ":"
                + hex.toHexDigits((int) (prefixLowAndEntity >>> 32)) + ":" + hex.toHexDigits((int) prefixLowAndEntity);
    }
}
