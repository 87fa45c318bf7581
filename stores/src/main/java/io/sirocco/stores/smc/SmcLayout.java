package io.sirocco.stores.smc;

/**
 * Geometry of one sender's ring in its row: {@code window} slots of
 * {@code [size (8) | payload (maxPayload, padded to 8) | generation (8)]}.
 *
 * <p>Size precedes the payload so that size and payload are one contiguous push; the generation
 * word is pushed separately after it, so the Fabric's per-peer ordering (not the byte order within
 * one push) guarantees a receiver that sees the generation also sees the payload. Message
 * {@code index} lives in slot {@code index % window} with generation {@code index + 1} (a null
 * message: {@code -(index + 1)}), so a receiver expecting {@code index} recognises it exactly, and 0
 * means "never written".
 */
public final class SmcLayout {

    private final long ringOffset;
    private final int window;
    private final int maxPayload;
    private final long stride;

    public SmcLayout(long ringOffset, int window, int maxPayload) {
        if (ringOffset < 0 || ringOffset % 8 != 0) {
            throw new IllegalArgumentException("ringOffset: " + ringOffset + " is not a non-negative multiple of 8");
        }
        checkArguments(window, maxPayload);
        this.ringOffset = ringOffset;
        this.window = window;
        this.maxPayload = maxPayload;
        this.stride = stride(maxPayload);
    }

    /** Bytes a ring of these dimensions needs. */
    public static long bytes(int window, int maxPayload) {
        checkArguments(window, maxPayload);
        return window * stride(maxPayload);
    }

    private static void checkArguments(int window, int maxPayload) {
        if (window < 1) {
            throw new IllegalArgumentException("window: " + window + " is not at least 1");
        }
        if (maxPayload < 0) {
            throw new IllegalArgumentException("maxPayload: " + maxPayload + " is negative");
        }
    }

    private static long stride(int maxPayload) {
        return 16 + ((maxPayload + 7L) & -8L);
    }

    public int window() {
        return window;
    }

    public int maxPayload() {
        return maxPayload;
    }

    public long slotOffset(long index) {
        return ringOffset + (index % window) * stride;
    }

    public long sizeOffset(long index) {
        return slotOffset(index);
    }

    public long payloadOffset(long index) {
        return slotOffset(index) + 8;
    }

    public long generationOffset(long index) {
        return slotOffset(index) + stride - 8;
    }

    public static long generation(long index) {
        return index + 1;
    }

    public static long nullGeneration(long index) {
        return -(index + 1);
    }
}
