package io.sirocco.rtps.reader;

import java.util.Arrays;

/** A sample being reassembled from DATA_FRAG fragments; reused for the next sample of its writer. */
final class FragmentAssembly {
    long sequence;
    int sampleSize;
    int fragmentSize;
    int fragmentCount;
    byte[] data = new byte[0];
    private long[] received = new long[1];
    private int receivedCount;
    int statusInfo;
    boolean keyOnly;
    final byte[] keyHash = new byte[16];
    boolean hasKeyHash;
    long timestampNanos;

    FragmentAssembly reset(long newSequence, int newSampleSize, int newFragmentSize) {
        this.sequence = newSequence;
        this.sampleSize = newSampleSize;
        this.fragmentSize = newFragmentSize;
        this.fragmentCount = (int) (((long) newSampleSize + newFragmentSize - 1) / newFragmentSize);
        if (data.length < newSampleSize) {
            data = new byte[newSampleSize];
        }
        int words = (fragmentCount + 63) / 64;
        if (received.length < words) {
            received = new long[words];
        } else {
            Arrays.fill(received, 0, words, 0L);
        }
        receivedCount = 0;
        statusInfo = 0;
        keyOnly = false;
        hasKeyHash = false;
        timestampNanos = Long.MIN_VALUE;
        return this;
    }

    /** Copies fragments {@code first..} from the datagram; returns true when the sample is complete. */
    boolean add(int first, int count, byte[] buffer, int offset, int length) {
        for (int i = 0; i < count; i++) {
            long fragment = (long) first + i;
            if (fragment > fragmentCount) {
                break;
            }
            int at = (int) ((fragment - 1) * fragmentSize);
            int size = Math.min(fragmentSize, sampleSize - at);
            long source = offset + (long) i * fragmentSize;
            if (source + size > offset + length) {
                break;
            }
            int index = (int) fragment - 1;
            if ((received[index >>> 6] & (1L << (index & 63))) == 0) {
                System.arraycopy(buffer, (int) source, data, at, size);
                received[index >>> 6] |= 1L << (index & 63);
                receivedCount++;
            }
        }
        return receivedCount == fragmentCount;
    }

    boolean has(int fragment) {
        int index = fragment - 1;
        return (received[index >>> 6] & (1L << (index & 63))) != 0;
    }
}
