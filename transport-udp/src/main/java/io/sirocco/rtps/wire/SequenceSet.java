package io.sirocco.rtps.wire;

/**
 * An RTPS SequenceNumberSet (or FragmentNumberSet): a base and up to 256 bits for base,
 * base+1, ... Mutable and reused.
 */
public final class SequenceSet {
    public static final int MAX_BITS = 256;

    private long base;
    private int numBits;
    private final int[] bitmap = new int[8];

    /** Empties the set and sets its base. */
    public SequenceSet reset(long newBase) {
        this.base = newBase;
        this.numBits = 0;
        java.util.Arrays.fill(bitmap, 0);
        return this;
    }

    public long base() {
        return base;
    }

    public int numBits() {
        return numBits;
    }

    /** Adds {@code value} (base ≤ value < base + 256); returns false when it does not fit. */
    public boolean add(long value) {
        long offset = value - base;
        if (offset < 0 || offset >= MAX_BITS) {
            return false;
        }
        int bit = (int) offset;
        bitmap[bit >>> 5] |= 1 << (31 - (bit & 31));
        numBits = Math.max(numBits, bit + 1);
        return true;
    }

    public boolean contains(long value) {
        long offset = value - base;
        if (offset < 0 || offset >= numBits) {
            return false;
        }
        int bit = (int) offset;
        return (bitmap[bit >>> 5] & (1 << (31 - (bit & 31)))) != 0;
    }

    /** Sets this set from wire fields (the bitmap words as read). */
    public void set(long newBase, int bits, int[] words) {
        this.base = newBase;
        this.numBits = bits;
        System.arraycopy(words, 0, bitmap, 0, (bits + 31) / 32);
        for (int i = (bits + 31) / 32; i < 8; i++) {
            bitmap[i] = 0;
        }
    }

    void writeSequenceSet(ByteWriter out) {
        out.putSequence(base);
        writeBits(out);
    }

    void writeFragmentSet(ByteWriter out) {
        out.putInt((int) base);
        writeBits(out);
    }

    private void writeBits(ByteWriter out) {
        out.putInt(numBits);
        for (int i = 0; i < (numBits + 31) / 32; i++) {
            out.putInt(bitmap[i]);
        }
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("{").append(base).append(':');
        for (int i = 0; i < numBits; i++) {
            if (contains(base + i)) {
                text.append(' ').append(base + i);
            }
        }
        return text.append('}').toString();
    }
}
