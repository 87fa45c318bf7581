package io.sirocco.rtps.wire;

import io.sirocco.dcps.core.Guid;

/**
 * Builds one RTPS message (little-endian) in a reusable buffer: the header, then submessages
 * appended one after another. Sirocco's messages always start with its participant's prefix, so a
 * builder belongs to one participant.
 */
public final class MessageBuilder {
    private final ByteWriter out;
    private final long prefixHigh;
    private final int prefixLow;

    public MessageBuilder(Guid participant, int capacity) {
        this.out = new ByteWriter(capacity);
        this.prefixHigh = participant.high();
        this.prefixLow = (int) (participant.low() >>> 32);
        begin();
    }

    /** Starts a new message: the header only. */
    public void begin() {
        out.reset();
        out.put('R');
        out.put('T');
        out.put('P');
        out.put('S');
        out.put(Rtps.VERSION_MAJOR);
        out.put(Rtps.VERSION_MINOR);
        out.put(Rtps.VENDOR_0);
        out.put(Rtps.VENDOR_1);
        putPrefix(prefixHigh, prefixLow);
    }

    public boolean isEmpty() {
        return out.position() <= Rtps.HEADER_SIZE;
    }

    public int size() {
        return out.position();
    }

    public byte[] buffer() {
        return out.buffer();
    }

    /** Drops everything appended after {@code size} (a submessage that turned out not to fit). */
    public void truncate(int size) {
        out.truncate(size);
    }

    private void putPrefix(long high, int low) {
        out.putLong(Long.reverseBytes(high));
        out.putInt(Integer.reverseBytes(low));
    }

    private void putEntityId(int entityId) {
        out.putIntBigEndian(entityId);
    }

    /** Starts a submessage; returns where its length goes. */
    private int header(int id, int flags) {
        out.put(id);
        out.put(flags | Rtps.FLAG_E);
        int at = out.position();
        out.putShort(0);
        return at;
    }

    private void finish(int lengthAt) {
        out.pad(4);
        out.putShortAt(lengthAt, out.position() - lengthAt - 2);
    }

    public void infoTimestamp(long nanos) {
        int at = header(Rtps.INFO_TS, 0);
        out.putInt((int) Rtps.timeSeconds(nanos));
        out.putInt((int) Rtps.timeFraction(nanos));
        finish(at);
    }

    /** Addresses the following submessages to one participant. */
    public void infoDestination(Guid participant) {
        int at = header(Rtps.INFO_DST, 0);
        putPrefix(participant.high(), (int) (participant.low() >>> 32));
        finish(at);
    }

    /**
     * A DATA submessage. {@code payload} holds the serialized payload including its 4-byte
     * encapsulation header; it is padded to 4 bytes (recorded in the header's option bits).
     *
     * @param keyHash 16 bytes, or {@code null} not to send PID_KEY_HASH
     * @param statusInfo RTPS status info flags (1 disposed, 2 unregistered), or 0 for none
     * @param keyOnly whether the payload is a serialized key (dispose/unregister)
     */
    public void data(int readerId, int writerId, long sequence, byte[] keyHash, int statusInfo, byte[] payload,
            int offset, int length, boolean keyOnly) {
        boolean inlineQos = keyHash != null || statusInfo != 0;
        int flags = (inlineQos ? Rtps.FLAG_Q : 0) | (length > 0 ? (keyOnly ? Rtps.FLAG_K : Rtps.FLAG_D) : 0);
        int at = header(Rtps.DATA, flags);
        out.putShort(0);
        out.putShort(16);
        putEntityId(readerId);
        putEntityId(writerId);
        out.putSequence(sequence);
        if (inlineQos) {
            inlineQos(keyHash, statusInfo);
        }
        payload(payload, offset, length);
        finish(at);
    }

    private void inlineQos(byte[] keyHash, int statusInfo) {
        if (keyHash != null) {
            out.putShort(ParameterIds.KEY_HASH);
            out.putShort(16);
            out.putBytes(keyHash, 0, 16);
        }
        if (statusInfo != 0) {
            out.putShort(ParameterIds.STATUS_INFO);
            out.putShort(4);
            out.putIntBigEndian(statusInfo);
        }
        out.putShort(ParameterIds.SENTINEL);
        out.putShort(0);
    }

    private void payload(byte[] payload, int offset, int length) {
        if (length <= 0) {
            return;
        }
        int start = out.position();
        out.putBytes(payload, offset, length);
        int padding = (4 - length % 4) % 4;
        if (padding > 0 && length >= 4) {
            byte[] buffer = out.buffer();
            buffer[start + 3] = (byte) ((buffer[start + 3] & ~3) | padding);
        }
    }

    /**
     * A DATA_FRAG submessage carrying fragments {@code firstFragment} (1-based) and following of a
     * sample of {@code sampleSize} bytes cut in {@code fragmentSize} pieces.
     */
    public void dataFragment(int readerId, int writerId, long sequence, byte[] keyHash, int statusInfo,
            int firstFragment, int fragmentCount, int fragmentSize, int sampleSize, byte[] payload, int offset,
            int length, boolean keyOnly) {
        boolean inlineQos = (keyHash != null || statusInfo != 0) && firstFragment == 1;
        int flags = (inlineQos ? Rtps.FLAG_Q : 0) | (keyOnly ? Rtps.FLAG_FRAG_K : 0);
        int at = header(Rtps.DATA_FRAG, flags);
        out.putShort(0);
        out.putShort(28);
        putEntityId(readerId);
        putEntityId(writerId);
        out.putSequence(sequence);
        out.putInt(firstFragment);
        out.putShort(fragmentCount);
        out.putShort(fragmentSize);
        out.putInt(sampleSize);
        if (inlineQos) {
            inlineQos(keyHash, statusInfo);
        }
        out.putBytes(payload, offset, length);
        finish(at);
    }

    public void heartbeat(int readerId, int writerId, long first, long last, int count, boolean isFinal,
            boolean liveliness) {
        int at = header(Rtps.HEARTBEAT, (isFinal ? Rtps.FLAG_F : 0) | (liveliness ? Rtps.FLAG_L : 0));
        putEntityId(readerId);
        putEntityId(writerId);
        out.putSequence(first);
        out.putSequence(last);
        out.putInt(count);
        finish(at);
    }

    public void heartbeatFragment(int readerId, int writerId, long sequence, int lastFragment, int count) {
        int at = header(Rtps.HEARTBEAT_FRAG, 0);
        putEntityId(readerId);
        putEntityId(writerId);
        out.putSequence(sequence);
        out.putInt(lastFragment);
        out.putInt(count);
        finish(at);
    }

    /** An ACKNACK: everything below {@code set.base()} is acknowledged, set bits are requested. */
    public void acknack(int readerId, int writerId, SequenceSet set, int count, boolean isFinal) {
        int at = header(Rtps.ACKNACK, isFinal ? Rtps.FLAG_F : 0);
        putEntityId(readerId);
        putEntityId(writerId);
        set.writeSequenceSet(out);
        out.putInt(count);
        finish(at);
    }

    /** A GAP: {@code gapStart} up to (not including) {@code list.base()}, plus the set bits, are irrelevant. */
    public void gap(int readerId, int writerId, long gapStart, SequenceSet list) {
        int at = header(Rtps.GAP, 0);
        putEntityId(readerId);
        putEntityId(writerId);
        out.putSequence(gapStart);
        list.writeSequenceSet(out);
        finish(at);
    }

    public void nackFragment(int readerId, int writerId, long sequence, SequenceSet fragments, int count) {
        int at = header(Rtps.NACK_FRAG, 0);
        putEntityId(readerId);
        putEntityId(writerId);
        out.putSequence(sequence);
        fragments.writeFragmentSet(out);
        out.putInt(count);
        finish(at);
    }
}
