package io.sirocco.rtps.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A growable little-endian byte buffer for building RTPS messages. Reused: {@link #reset()} keeps
 * the array, so building a message in steady state allocates nothing.
 */
public final class ByteWriter {
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buffer;
    private int position;

    public ByteWriter(int capacity) {
        this.buffer = new byte[capacity];
    }

    public void reset() {
        position = 0;
    }

    public byte[] buffer() {
        return buffer;
    }

    public int position() {
        return position;
    }

    /** Moves the position back, e.g. to drop a submessage that was started but not completed. */
    public void truncate(int newPosition) {
        position = newPosition;
    }

    public void ensure(int more) {
        if (position + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, position + more));
        }
    }

    public void put(int b) {
        ensure(1);
        buffer[position++] = (byte) b;
    }

    public void putShort(int value) {
        ensure(2);
        SHORT.set(buffer, position, (short) value);
        position += 2;
    }

    public void putShortAt(int at, int value) {
        SHORT.set(buffer, at, (short) value);
    }

    public void putShortBigEndian(int value) {
        ensure(2);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    public void putInt(int value) {
        ensure(4);
        INT.set(buffer, position, value);
        position += 4;
    }

    public void putIntAt(int at, int value) {
        INT.set(buffer, at, value);
    }

    public void putIntBigEndian(int value) {
        ensure(4);
        buffer[position++] = (byte) (value >>> 24);
        buffer[position++] = (byte) (value >>> 16);
        buffer[position++] = (byte) (value >>> 8);
        buffer[position++] = (byte) value;
    }

    public void putLong(long value) {
        ensure(8);
        LONG.set(buffer, position, value);
        position += 8;
    }

    /** An RTPS SequenceNumber_t: high int32 then low uint32. */
    public void putSequence(long sequence) {
        putInt((int) (sequence >>> 32));
        putInt((int) sequence);
    }

    public void putBytes(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, buffer, position, length);
        position += length;
    }

    public void pad(int alignment) {
        while (position % alignment != 0) {
            put(0);
        }
    }
}
