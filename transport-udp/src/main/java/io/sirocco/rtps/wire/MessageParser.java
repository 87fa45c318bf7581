package io.sirocco.rtps.wire;

/**
 * Parses RTPS messages defensively: every length is checked against the datagram, anything that
 * does not add up drops the message (and is counted), unknown submessages and parameters are
 * skipped as the specification says, and a must-understand parameter Sirocco does not know drops
 * its submessage. Nothing here allocates: fields go into the reusable {@link Received}.
 */
public final class MessageParser {
    /** Thrown (without a stack trace) for a malformed message; the receiver counts and drops it. */
    public static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Malformed(String reason) {
            super(reason, null, false, false);
        }
    }

    private final long ownPrefixHigh;
    private final int ownPrefixLow;
    private final Received message = new Received();
    private final SequenceSet set = new SequenceSet();
    private final int[] words = new int[8];

    public MessageParser(long ownPrefixHigh, int ownPrefixLow) {
        this.ownPrefixHigh = ownPrefixHigh;
        this.ownPrefixLow = ownPrefixLow;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xff;
    }

    static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    static int i32(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | b[at + 3] << 24
                : b[at] << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static int entityId(byte[] b, int at) {
        return i32(b, at, false);
    }

    private static long sequence(byte[] b, int at, boolean little) {
        return ((long) i32(b, at, little) << 32) | (i32(b, at + 4, little) & 0xffffffffL);
    }

    private static long beLong(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xff);
        }
        return v;
    }

    /** The receiver state of the last message parsed (its header's source prefix, vendor id). */
    public Received received() {
        return message;
    }

    /**
     * Parses the message in {@code buffer[offset, offset+length)} and calls {@code handler} for each
     * submessage meant for this participant. Returns false when it is not an RTPS message at all
     * (ignored silently, e.g. another protocol on the port), true otherwise.
     *
     * @throws Malformed when the message is RTPS but inconsistent
     */
    public boolean parse(byte[] buffer, int offset, int length, SubmessageHandler handler) {
        int end = offset + length;
        if (length < Rtps.HEADER_SIZE || buffer[offset] != 'R' || buffer[offset + 1] != 'T'
                || buffer[offset + 2] != 'P' || buffer[offset + 3] != 'S') {
            return false;
        }
        if (u8(buffer, offset + 4) != 2) {
            return true; // another major version: ignored (DDSI-RTPS 8.3.7.1)
        }
        Received m = message;
        m.versionMinor = u8(buffer, offset + 5);
        m.vendorId = u8(buffer, offset + 6) << 8 | u8(buffer, offset + 7);
        m.sourcePrefixHigh = beLong(buffer, offset + 8);
        m.sourcePrefixLow = i32(buffer, offset + 16, false);
        m.timestampValid = false;
        m.buffer = buffer;
        boolean forUs = true;
        int at = offset + Rtps.HEADER_SIZE;
        while (at < end) {
            if (end - at < Rtps.SUBMESSAGE_HEADER_SIZE) {
                throw new Malformed("truncated submessage header");
            }
            int id = u8(buffer, at);
            int flags = u8(buffer, at + 1);
            boolean little = (flags & Rtps.FLAG_E) != 0;
            int declared = u16(buffer, at + 2, little);
            int body = at + Rtps.SUBMESSAGE_HEADER_SIZE;
            int bodyEnd;
            if (declared == 0 && id != Rtps.PAD && id != Rtps.INFO_TS) {
                bodyEnd = end;
            } else {
                bodyEnd = body + declared;
                if (bodyEnd > end) {
                    throw new Malformed("submessage 0x" + Integer.toHexString(id) + " longer than the message");
                }
            }
            int bodyLength = bodyEnd - body;
            switch (id) {
                case Rtps.INFO_TS -> {
                    if ((flags & Rtps.FLAG_I) != 0) {
                        m.timestampValid = false;
                    } else {
                        need(bodyLength, 8, "INFO_TS");
                        m.timestampNanos = Rtps.nanosOf(i32(buffer, body, little), i32(buffer, body + 4, little));
                        m.timestampValid = true;
                    }
                }
                case Rtps.INFO_DST -> {
                    need(bodyLength, 12, "INFO_DST");
                    long high = beLong(buffer, body);
                    int low = i32(buffer, body + 8, false);
                    forUs = (high == 0 && low == 0) || (high == ownPrefixHigh && low == ownPrefixLow);
                }
                case Rtps.INFO_SRC -> {
                    need(bodyLength, 20, "INFO_SRC");
                    m.versionMinor = u8(buffer, body + 5);
                    m.vendorId = u8(buffer, body + 6) << 8 | u8(buffer, body + 7);
                    m.sourcePrefixHigh = beLong(buffer, body + 8);
                    m.sourcePrefixLow = i32(buffer, body + 16, false);
                    m.timestampValid = false;
                    forUs = true;
                }
                case Rtps.DATA -> {
                    if (forUs && parseData(buffer, body, bodyEnd, flags, little, m)) {
                        handler.data(m);
                    }
                }
                case Rtps.DATA_FRAG -> {
                    if (forUs && parseDataFragment(buffer, body, bodyEnd, flags, little, m)) {
                        handler.dataFragment(m);
                    }
                }
                case Rtps.HEARTBEAT -> {
                    need(bodyLength, 28, "HEARTBEAT");
                    if (forUs) {
                        long first = sequence(buffer, body + 8, little);
                        long last = sequence(buffer, body + 16, little);
                        if (first < 1 || last < first - 1) {
                            throw new Malformed("HEARTBEAT with first " + first + " and last " + last);
                        }
                        handler.heartbeat(m, entityId(buffer, body), entityId(buffer, body + 4), first, last,
                                i32(buffer, body + 24, little), (flags & Rtps.FLAG_F) != 0, (flags & Rtps.FLAG_L) != 0);
                    }
                }
                case Rtps.HEARTBEAT_FRAG -> {
                    need(bodyLength, 24, "HEARTBEAT_FRAG");
                    if (forUs) {
                        handler.heartbeatFragment(m, entityId(buffer, body), entityId(buffer, body + 4),
                                sequence(buffer, body + 8, little), i32(buffer, body + 16, little),
                                i32(buffer, body + 20, little));
                    }
                }
                case Rtps.ACKNACK -> {
                    need(bodyLength, 24, "ACKNACK");
                    int next = readSet(buffer, body + 8, bodyEnd, little, true, true);
                    need(bodyEnd - next, 4, "ACKNACK count");
                    if (forUs) {
                        handler.acknack(m, entityId(buffer, body), entityId(buffer, body + 4), set,
                                i32(buffer, next, little), (flags & Rtps.FLAG_F) != 0);
                    }
                }
                case Rtps.GAP -> {
                    need(bodyLength, 28, "GAP");
                    long gapStart = sequence(buffer, body + 8, little);
                    readSet(buffer, body + 16, bodyEnd, little, true, false);
                    if (gapStart < 1) {
                        throw new Malformed("GAP starting at " + gapStart);
                    }
                    if (forUs) {
                        handler.gap(m, entityId(buffer, body), entityId(buffer, body + 4), gapStart, set);
                    }
                }
                case Rtps.NACK_FRAG -> {
                    need(bodyLength, 28, "NACK_FRAG");
                    long seq = sequence(buffer, body + 8, little);
                    int next = readSet(buffer, body + 16, bodyEnd, little, false, false);
                    need(bodyEnd - next, 4, "NACK_FRAG count");
                    if (forUs) {
                        handler.nackFragment(m, entityId(buffer, body), entityId(buffer, body + 4), seq, set,
                                i32(buffer, next, little));
                    }
                }
                default -> {
                    // PAD, INFO_REPLY*, vendor-specific and unknown submessages are skipped.
                }
            }
            at = bodyEnd;
        }
        return true;
    }

    private static void need(int available, int required, String what) {
        if (available < required) {
            throw new Malformed(what + " body of " + available + " bytes, at least " + required + " needed");
        }
    }

    /**
     * Reads a sequence or fragment number set into {@link #set}; returns the offset after it.
     * {@code acknack}: an empty set based at 0 is read as based at 1 (acknowledging nothing): Fast DDS
     * and Connext send such pre-emptive ACKNACKs, invalid by DDSI-RTPS 8.3.5.5, and Cyclone DDS
     * accepts them too.
     */
    private int readSet(byte[] b, int at, int end, boolean little, boolean sequenceNumbers, boolean acknack) {
        int baseSize = sequenceNumbers ? 8 : 4;
        need(end - at, baseSize + 4, "number set");
        long base = sequenceNumbers ? sequence(b, at, little) : i32(b, at, little) & 0xffffffffL;
        int bits = i32(b, at + baseSize, little);
        if (bits < 0 || bits > SequenceSet.MAX_BITS) {
            throw new Malformed("number set with " + bits + " bits");
        }
        int count = (bits + 31) / 32;
        int next = at + baseSize + 4;
        need(end - next, count * 4, "number set bitmap");
        for (int i = 0; i < count; i++) {
            words[i] = i32(b, next + 4 * i, little);
        }
        if (acknack && base == 0 && bits == 0) {
            base = 1;
        }
        if (base < 1) {
            throw new Malformed("number set base " + base);
        }
        set.set(base, bits, words);
        return next + 4 * count;
    }

    private boolean parseData(byte[] b, int body, int end, int flags, boolean little, Received m) {
        need(end - body, 20, "DATA");
        int octetsToInlineQos = u16(b, body + 2, little);
        m.readerId = entityId(b, body + 4);
        m.writerId = entityId(b, body + 8);
        m.sequence = sequence(b, body + 12, little);
        if (m.sequence < 1) {
            throw new Malformed("DATA with sequence number " + m.sequence);
        }
        int at = body + 4 + octetsToInlineQos;
        if (at > end) {
            throw new Malformed("DATA octetsToInlineQos beyond the submessage");
        }
        m.fragmentStart = 0;
        if (!inlineQos(b, (flags & Rtps.FLAG_Q) != 0, at, end, little, m)) {
            return false;
        }
        at = inlineQosEnd;
        boolean hasData = (flags & Rtps.FLAG_D) != 0;
        boolean hasKey = (flags & Rtps.FLAG_K) != 0;
        if (hasData && hasKey) {
            throw new Malformed("DATA with both data and key flags");
        }
        m.keyOnly = hasKey;
        m.payloadOffset = at;
        m.payloadLength = hasData || hasKey ? end - at : 0;
        if ((hasData || hasKey) && m.payloadLength < 4) {
            throw new Malformed("DATA payload shorter than its encapsulation header");
        }
        return true;
    }

    private boolean parseDataFragment(byte[] b, int body, int end, int flags, boolean little, Received m) {
        need(end - body, 32, "DATA_FRAG");
        int octetsToInlineQos = u16(b, body + 2, little);
        m.readerId = entityId(b, body + 4);
        m.writerId = entityId(b, body + 8);
        m.sequence = sequence(b, body + 12, little);
        m.fragmentStart = i32(b, body + 20, little);
        m.fragmentsInSubmessage = u16(b, body + 24, little);
        m.fragmentSize = u16(b, body + 26, little);
        m.sampleSize = i32(b, body + 28, little);
        if (m.sequence < 1 || m.fragmentStart < 1 || m.fragmentsInSubmessage < 1 || m.fragmentSize < 1
                || m.sampleSize < 1) {
            throw new Malformed("DATA_FRAG with sequence " + m.sequence + ", fragment " + m.fragmentStart
                    + " x" + m.fragmentsInSubmessage + " of " + m.fragmentSize + " bytes, sample " + m.sampleSize);
        }
        int at = body + 4 + octetsToInlineQos;
        if (at > end) {
            throw new Malformed("DATA_FRAG octetsToInlineQos beyond the submessage");
        }
        if (!inlineQos(b, (flags & Rtps.FLAG_Q) != 0, at, end, little, m)) {
            return false;
        }
        m.keyOnly = (flags & Rtps.FLAG_FRAG_K) != 0;
        m.payloadOffset = inlineQosEnd;
        m.payloadLength = end - inlineQosEnd;
        long firstByte = (long) (m.fragmentStart - 1) * m.fragmentSize;
        if (firstByte >= m.sampleSize) {
            throw new Malformed("DATA_FRAG fragment " + m.fragmentStart + " beyond the sample's " + m.sampleSize + " bytes");
        }
        return true;
    }

    private int inlineQosEnd;

    /** Reads inline QoS (key hash, status info); false when a must-understand parameter is unknown. */
    private boolean inlineQos(byte[] b, boolean present, int at, int end, boolean little, Received m) {
        m.hasKeyHash = false;
        m.statusInfo = 0;
        inlineQosEnd = at;
        if (!present) {
            return true;
        }
        while (true) {
            need(end - at, 4, "inline QoS parameter");
            int pid = u16(b, at, little);
            int length = u16(b, at + 2, little);
            int value = at + 4;
            if (pid == ParameterIds.SENTINEL) {
                inlineQosEnd = value;
                return true;
            }
            need(end - value, length, "inline QoS parameter value");
            if (pid == ParameterIds.KEY_HASH && length >= 16) {
                System.arraycopy(b, value, m.keyHash, 0, 16);
                m.hasKeyHash = true;
            } else if (pid == ParameterIds.STATUS_INFO && length >= 4) {
                m.statusInfo = i32(b, value, false) & 3;
            } else if ((pid & ParameterIds.MUST_UNDERSTAND) != 0 && (pid & ParameterIds.VENDOR_SPECIFIC) == 0
                    && !InlineQos.understood(pid)) {
                return false;
            }
            at = value + length;
        }
    }
}
