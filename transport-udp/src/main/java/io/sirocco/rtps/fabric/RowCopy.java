package io.sirocco.rtps.fabric;

import io.netty.buffer.ByteBuf;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Copies between a row and a frame one aligned 8-byte word at a time, ascending, so no word is
 * ever torn on either side (an unaligned head or tail goes byte by byte). On the receiving side
 * every word is stored with release: a reader that acquires a word (a counter) sees every byte the
 * link thread stored before it, including all earlier frames from that peer (they are applied in
 * order by one thread). On x86 a release store is a plain store; only the compiler is restrained.
 */
final class RowCopy {
    static final VarHandle LONG = ValueLayout.JAVA_LONG.varHandle();
    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private RowCopy() {
    }

    /** Appends bytes {@code offset..offset+length} of {@code row} to {@code out}, word-atomically. */
    static void toFrame(MemorySegment row, long offset, int length, ByteBuf out) {
        long p = offset;
        long end = offset + length;
        while (p < end && (p & 7) != 0) {
            out.writeByte(row.get(ValueLayout.JAVA_BYTE, p++));
        }
        for (; p + 8 <= end; p += 8) {
            long word = (long) LONG.getAcquire(row, p);
            if (LITTLE) {
                out.writeLongLE(word);
            } else {
                out.writeLong(word);
            }
        }
        while (p < end) {
            out.writeByte(row.get(ValueLayout.JAVA_BYTE, p++));
        }
    }

    /** Stores {@code length} bytes of {@code in} from {@code index} into {@code row} at {@code offset}. */
    static void fromFrame(ByteBuf in, int index, MemorySegment row, long offset, int length) {
        long p = offset;
        long end = offset + length;
        int i = index;
        while (p < end && (p & 7) != 0) {
            row.set(ValueLayout.JAVA_BYTE, p++, in.getByte(i++));
        }
        for (; p + 8 <= end; p += 8, i += 8) {
            LONG.setRelease(row, p, LITTLE ? in.getLongLE(i) : in.getLong(i));
        }
        while (p < end) {
            row.set(ValueLayout.JAVA_BYTE, p++, in.getByte(i++));
        }
    }

    static boolean littleEndian() {
        return LITTLE;
    }
}
