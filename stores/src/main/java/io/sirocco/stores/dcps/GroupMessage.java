package io.sirocco.stores.dcps;

import io.sirocco.dcps.spi.ChangeKind;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The layout of one group message as it sits in an SMC slot (and in a store's snapshot), little
 * endian:
 * <pre>
 *   0  writer GUID, high 8 bytes      8  writer GUID, low 8 bytes
 *  16  writer sequence number        24  source timestamp (ns since the epoch)
 *  32  change kind (ordinal)         33  flags (KEY_ONLY, FIRST, LAST)
 *  34  reserved (2)                  36  total body length of the sample
 *  40  instance key hash (16 bytes; zero for a keyless topic)
 *  56  body: the encapsulated serialized sample (or key), or one fragment of it
 * </pre>
 * A sample larger than a slot goes as consecutive fragments of one sender (each with this header,
 * FIRST on the first, LAST on the last); a sender's messages are FIFO, so a receiver reassembles per
 * sender.
 */
final class GroupMessage {
    static final int WRITER_HIGH = 0;
    static final int WRITER_LOW = 8;
    static final int SEQUENCE = 16;
    static final int TIMESTAMP = 24;
    static final int KIND = 32;
    static final int FLAGS = 33;
    static final int TOTAL_LENGTH = 36;
    static final int KEY_HASH = 40;
    static final int HEADER_SIZE = 56;

    static final int KEY_ONLY = 1;
    static final int FIRST = 2;
    static final int LAST = 4;

    private static final ChangeKind[] KINDS = ChangeKind.values();
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(java.nio.ByteOrder.LITTLE_ENDIAN);

    private GroupMessage() {
    }

    static void writeHeader(MemorySegment s, long at, long writerHigh, long writerLow, long sequence, long timestamp,
            ChangeKind kind, int flags, int totalLength, byte[] keyHash) {
        s.set(LONG, at + WRITER_HIGH, writerHigh);
        s.set(LONG, at + WRITER_LOW, writerLow);
        s.set(LONG, at + SEQUENCE, sequence);
        s.set(LONG, at + TIMESTAMP, timestamp);
        s.set(ValueLayout.JAVA_BYTE, at + KIND, (byte) kind.ordinal());
        s.set(ValueLayout.JAVA_BYTE, at + FLAGS, (byte) flags);
        s.set(ValueLayout.JAVA_SHORT_UNALIGNED, at + 34, (short) 0);
        s.set(INT, at + TOTAL_LENGTH, totalLength);
        MemorySegment.copy(keyHash, 0, s, ValueLayout.JAVA_BYTE, at + KEY_HASH, 16);
    }

    static long keyHashHigh(MemorySegment s, long at) {
        return s.get(LONG, at + KEY_HASH);
    }

    static long keyHashLow(MemorySegment s, long at) {
        return s.get(LONG, at + KEY_HASH + 8);
    }

    static long writerHigh(MemorySegment s, long at) {
        return s.get(LONG, at + WRITER_HIGH);
    }

    static long writerLow(MemorySegment s, long at) {
        return s.get(LONG, at + WRITER_LOW);
    }

    static long sequence(MemorySegment s, long at) {
        return s.get(LONG, at + SEQUENCE);
    }

    static long timestamp(MemorySegment s, long at) {
        return s.get(LONG, at + TIMESTAMP);
    }

    /** The change kind, or null when the byte names none (a corrupt message). */
    static ChangeKind kind(MemorySegment s, long at) {
        int k = s.get(ValueLayout.JAVA_BYTE, at + KIND);
        return k >= 0 && k < KINDS.length ? KINDS[k] : null;
    }

    static int flags(MemorySegment s, long at) {
        return s.get(ValueLayout.JAVA_BYTE, at + FLAGS) & 0xff;
    }

    static int totalLength(MemorySegment s, long at) {
        return s.get(INT, at + TOTAL_LENGTH);
    }
}
