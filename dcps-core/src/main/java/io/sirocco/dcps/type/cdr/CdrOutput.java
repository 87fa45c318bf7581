package io.sirocco.dcps.type.cdr;

import static io.sirocco.dcps.type.cdr.ByteArrayViews.CHAR_BE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.CHAR_LE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.INT_BE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.INT_LE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.LONG_BE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.LONG_LE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.SHORT_BE;
import static io.sirocco.dcps.type.cdr.ByteArrayViews.SHORT_LE;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * An XCDR (version 1 or 2) serializer into a growable byte array that is reused from sample to
 * sample: {@link #reset} rewinds it, with a chosen version and byte order, without allocating.
 *
 * <p>Memory layout of {@link #buffer()}:
 * <pre>
 *   [0 .. start)          room the caller keeps for its own headers (e.g. the 4-byte encapsulation header)
 *   [start .. position)   the serialized body
 * </pre>
 * Alignment is computed relative to {@code start} (XTypes: the body starts at offset 0), except inside
 * an XCDR1 parameter, whose value restarts alignment at its first byte. Padding bytes are always zero,
 * so equal samples give equal bytes (key hashes depend on it).
 *
 * <p>Not thread-safe: one output per thread or per writer.
 */
public final class CdrOutput {
    private static final int DEFAULT_CAPACITY = 256;
    private static final int MAX_CAPACITY = Integer.MAX_VALUE - 16;

    private byte[] buf;
    private int pos;
    private int start;
    private int origin;
    private int maxAlign = 4;
    private boolean bigEndian;
    private XcdrVersion version = XcdrVersion.XCDR2;

    /** An output with a small initial buffer, set to XCDR2 little-endian. */
    public CdrOutput() {
        this(DEFAULT_CAPACITY);
    }

    /** An output whose buffer starts with {@code initialCapacity} bytes (it grows as needed). */
    public CdrOutput(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    /** Rewinds to an empty body at offset 0, to be written with {@code version} and {@code order}. */
    public CdrOutput reset(XcdrVersion version, ByteOrder order) {
        return reset(version, order, 0);
    }

    /**
     * Rewinds to an empty body that starts at {@code offset} in the buffer, leaving
     * {@code [0, offset)} for the caller (typically {@link Encapsulation#HEADER_SIZE}).
     */
    public CdrOutput reset(XcdrVersion version, ByteOrder order, int offset) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (offset > buf.length) {
            grow(offset);
        }
        this.version = version;
        this.maxAlign = version.maxAlignment();
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        this.start = offset;
        this.origin = offset;
        this.pos = offset;
        return this;
    }

    /**
     * Makes {@code target} the buffer, with the body starting at {@code offset}; lets a caller
     * serialize straight into memory it sends from. If the body outgrows {@code target}, the output
     * moves to a larger copy: check {@link #buffer()} afterwards.
     */
    public CdrOutput wrap(byte[] target, int offset, XcdrVersion version, ByteOrder order) {
        if (offset < 0 || offset > target.length) {
            throw new IllegalArgumentException("offset " + offset + " outside a buffer of " + target.length + " bytes");
        }
        this.buf = target;
        return reset(version, order, offset);
    }

    /** The buffer; the body is {@code [start(), position())}. It changes when the output grows. */
    public byte[] buffer() {
        return buf;
    }

    /** Index in {@link #buffer()} where the next byte goes. */
    public int position() {
        return pos;
    }

    /** Index in {@link #buffer()} of the first byte of the body. */
    public int start() {
        return start;
    }

    /** Number of body bytes written so far. */
    public int size() {
        return pos - start;
    }

    /** The XCDR version being written. */
    public XcdrVersion version() {
        return version;
    }

    /** Whether the body is written in XCDR version 2. */
    public boolean isXcdr2() {
        return maxAlign == 4;
    }

    /** The byte order being written. */
    public ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** A copy of the body; for tests and diagnostics, it allocates. */
    public byte[] toByteArray() {
        return Arrays.copyOfRange(buf, start, pos);
    }

    // ---------------------------------------------------------------- primitives

    public void writeBoolean(boolean v) {
        int p = reserve(1);
        buf[p] = v ? (byte) 1 : 0;
        pos = p + 1;
    }

    /** IDL octet, int8 or uint8. */
    public void writeByte(byte v) {
        int p = reserve(1);
        buf[p] = v;
        pos = p + 1;
    }

    /** IDL short, unsigned short (int16, uint16). */
    public void writeShort(short v) {
        int p = alignReserve(2, 2);
        if (bigEndian) {
            SHORT_BE.set(buf, p, v);
        } else {
            SHORT_LE.set(buf, p, v);
        }
        pos = p + 2;
    }

    /** IDL long, unsigned long (int32, uint32). */
    public void writeInt(int v) {
        int p = alignReserve(4, 4);
        if (bigEndian) {
            INT_BE.set(buf, p, v);
        } else {
            INT_LE.set(buf, p, v);
        }
        pos = p + 4;
    }

    /** IDL long long, unsigned long long (int64, uint64). */
    public void writeLong(long v) {
        int p = alignReserve(maxAlign, 8);
        if (bigEndian) {
            LONG_BE.set(buf, p, v);
        } else {
            LONG_LE.set(buf, p, v);
        }
        pos = p + 8;
    }

    public void writeFloat(float v) {
        writeInt(Float.floatToRawIntBits(v));
    }

    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    /**
     * IDL char: one byte, the ISO-8859-1 code of {@code c}.
     *
     * @throws IllegalArgumentException if {@code c} is above U+00FF
     */
    public void writeChar8(char c) {
        if (c > 0xFF) {
            throw new IllegalArgumentException("char U+" + Integer.toHexString(c) + " does not fit an IDL char (8 bits)");
        }
        writeByte((byte) c);
    }

    /**
     * IDL wchar: one UTF-16 code unit in 2 bytes (XTypes 1.3 Table 31; Cyclone and Fast DDS write the
     * same in XCDR1).
     *
     * @throws IllegalArgumentException if {@code c} is a surrogate, which no single wchar can hold
     */
    public void writeWchar(char c) {
        if (Character.isSurrogate(c)) {
            throw new IllegalArgumentException("wchar cannot hold the surrogate U+" + Integer.toHexString(c));
        }
        int p = alignReserve(2, 2);
        if (bigEndian) {
            CHAR_BE.set(buf, p, c);
        } else {
            CHAR_LE.set(buf, p, c);
        }
        pos = p + 2;
    }

    // ---------------------------------------------------------------- strings

    /**
     * IDL string: uint32 length including the NUL, the UTF-8 bytes, a NUL. {@code null} is written as
     * the empty string. The characters are encoded straight into the buffer (no intermediate array).
     */
    public void writeString(String s) {
        if (s == null) {
            s = "";
        }
        int n = s.length();
        long worst = 4L + Utf8.maxEncodedLength(n) + 1;
        int p = alignReserve(4, worst > MAX_CAPACITY ? MAX_CAPACITY : (int) worst);
        byte[] b = buf;
        int q = p + 4;
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            b[q++] = (byte) c;
        }
        if (i < n) {
            q = Utf8.encode(s, i, b, q);
        }
        b[q++] = 0;
        putIntAt(p, q - p - 4);
        pos = q;
    }

    /**
     * A bounded IDL string ({@code string<bound>}); the bound counts UTF-8 bytes without the NUL.
     *
     * @throws IllegalArgumentException if the encoded string is longer than {@code bound}
     */
    public void writeString(String s, int bound) {
        int before = pos;
        writeString(s);
        int length = getIntAt(before + ((origin - before) & 3));
        if (length - 1 > bound) {
            pos = before;
            throw new IllegalArgumentException("string of " + (length - 1) + " bytes exceeds its bound of " + bound);
        }
    }

    /**
     * IDL wstring: uint32 byte length (twice the number of UTF-16 units), then the units, no NUL
     * (XTypes 1.3 7.4.1.1.2). Written the same way in XCDR1, as Cyclone DDS does; RTI Connext's XCDR1
     * form (count including a NUL, 4 bytes per unit) is not produced. {@code null} is written as empty.
     */
    public void writeWstring(String s) {
        if (s == null) {
            s = "";
        }
        int n = s.length();
        int p = alignReserve(4, checkedSize(4L + 2L * n));
        putIntAt(p, 2 * n);
        int q = p + 4;
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < n; i++, q += 2) {
                CHAR_BE.set(b, q, s.charAt(i));
            }
        } else {
            for (int i = 0; i < n; i++, q += 2) {
                CHAR_LE.set(b, q, s.charAt(i));
            }
        }
        pos = q;
    }

    // ---------------------------------------------------------------- bulk

    /** Raw bytes, no length, no alignment (an octet array, or the body of an octet sequence). */
    public void writeBytes(byte[] src, int offset, int length) {
        int p = reserve(length);
        System.arraycopy(src, offset, buf, p, length);
        pos = p + length;
    }

    /** Booleans as bytes 0/1, no length. */
    public void writeBooleans(boolean[] src, int offset, int length) {
        int p = reserve(length);
        byte[] b = buf;
        for (int i = 0; i < length; i++) {
            b[p + i] = src[offset + i] ? (byte) 1 : 0;
        }
        pos = p + length;
    }

    /** int16 values, no length. */
    public void writeShorts(short[] src, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = alignReserve(2, checkedSize(2L * length));
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 2) {
                SHORT_BE.set(b, p, src[offset + i]);
            }
        } else {
            for (int i = 0; i < length; i++, p += 2) {
                SHORT_LE.set(b, p, src[offset + i]);
            }
        }
        pos = p;
    }

    /** int32 values, no length. */
    public void writeInts(int[] src, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = alignReserve(4, checkedSize(4L * length));
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 4) {
                INT_BE.set(b, p, src[offset + i]);
            }
        } else {
            for (int i = 0; i < length; i++, p += 4) {
                INT_LE.set(b, p, src[offset + i]);
            }
        }
        pos = p;
    }

    /** int64 values, no length. */
    public void writeLongs(long[] src, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = alignReserve(maxAlign, checkedSize(8L * length));
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 8) {
                LONG_BE.set(b, p, src[offset + i]);
            }
        } else {
            for (int i = 0; i < length; i++, p += 8) {
                LONG_LE.set(b, p, src[offset + i]);
            }
        }
        pos = p;
    }

    /** float32 values, no length. */
    public void writeFloats(float[] src, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = alignReserve(4, checkedSize(4L * length));
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 4) {
                INT_BE.set(b, p, Float.floatToRawIntBits(src[offset + i]));
            }
        } else {
            for (int i = 0; i < length; i++, p += 4) {
                INT_LE.set(b, p, Float.floatToRawIntBits(src[offset + i]));
            }
        }
        pos = p;
    }

    /** float64 values, no length. */
    public void writeDoubles(double[] src, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = alignReserve(maxAlign, checkedSize(8L * length));
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 8) {
                LONG_BE.set(b, p, Double.doubleToRawLongBits(src[offset + i]));
            }
        } else {
            for (int i = 0; i < length; i++, p += 8) {
                LONG_LE.set(b, p, Double.doubleToRawLongBits(src[offset + i]));
            }
        }
        pos = p;
    }

    /** IDL chars (8-bit), no length. */
    public void writeChars8(char[] src, int offset, int length) {
        int p = reserve(length);
        byte[] b = buf;
        for (int i = 0; i < length; i++) {
            char c = src[offset + i];
            if (c > 0xFF) {
                throw new IllegalArgumentException("char U+" + Integer.toHexString(c) + " does not fit an IDL char (8 bits)");
            }
            b[p + i] = (byte) c;
        }
        pos = p + length;
    }

    /** IDL wchars (UTF-16 units), no length. */
    public void writeWchars(char[] src, int offset, int length) {
        for (int i = 0; i < length; i++) {
            writeWchar(src[offset + i]);
        }
    }

    /** The element count that starts a sequence (uint32). */
    public void writeSequenceLength(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative sequence length " + count);
        }
        writeInt(count);
    }

    // ---------------------------------------------------------------- XCDR2 framing

    /**
     * Writes a DHEADER placeholder (XCDR2 appendable and mutable structs, collections of
     * non-primitive elements) and returns the mark to hand to {@link #endDelimited}.
     */
    public int beginDelimited() {
        int p = alignReserve(4, 4);
        pos = p + 4;
        return p;
    }

    /** Back-patches the DHEADER at {@code mark} with the number of bytes written since. */
    public void endDelimited(int mark) {
        putIntAt(mark, pos - mark - 4);
    }

    /**
     * Writes an XCDR2 EMHEADER for member {@code memberId} with length code {@code lengthCode} (see
     * {@link MemberHeaders}); for {@link MemberHeaders#LC_NEXTINT} also a NEXTINT placeholder. Returns the
     * mark to hand to {@link #endEmHeader} once the member value is written.
     */
    public int beginEmHeader(int memberId, boolean mustUnderstand, int lengthCode) {
        if ((memberId & ~MemberHeaders.MAX_MEMBER_ID) != 0) {
            throw new IllegalArgumentException("member id " + memberId + " does not fit 28 bits");
        }
        if ((lengthCode & ~7) != 0) {
            throw new IllegalArgumentException("length code " + lengthCode + " is not 0..7");
        }
        int header = (mustUnderstand ? MemberHeaders.EM_MUST_UNDERSTAND : 0) | (lengthCode << 28) | memberId;
        int p = alignReserve(4, 8);
        putIntAt(p, header);
        pos = lengthCode == MemberHeaders.LC_NEXTINT ? p + 8 : p + 4;
        return p;
    }

    /**
     * Completes the member opened at {@code mark}: patches NEXTINT for LC 4; for the other codes checks
     * that the value written has the length its code promises (a mismatch is a codec bug that would make
     * every other vendor misread the sample).
     */
    public void endEmHeader(int mark) {
        int lc = (getIntAt(mark) >>> 28) & 7;
        int valueStart = mark + 4;
        if (lc == MemberHeaders.LC_NEXTINT) {
            putIntAt(valueStart, pos - valueStart - 4);
            return;
        }
        long expected;
        if (lc < MemberHeaders.LC_NEXTINT) {
            expected = 1L << lc;
        } else {
            long next = getIntAt(valueStart) & 0xFFFF_FFFFL;
            int shift = lc == MemberHeaders.LC_LENGTH ? 0 : lc - 4; // LC 6: 4-byte units, LC 7: 8-byte units
            expected = 4 + (next << shift);
        }
        if (expected != pos - valueStart) {
            throw new IllegalStateException("member with length code " + lc + " promised " + expected
                    + " bytes but wrote " + (pos - valueStart));
        }
    }

    // ---------------------------------------------------------------- XCDR1 parameter lists

    /**
     * Opens an XCDR1 parameter for member {@code memberId} (a member of a mutable type, or a present
     * optional member): a short header when the id is at most {@link MemberHeaders#PID_SHORT_MAX}, else
     * the extended one. Alignment restarts at the value. Returns the token for {@link #endParameter}.
     */
    public long beginParameter(int memberId, boolean mustUnderstand) {
        if ((memberId & ~MemberHeaders.MAX_MEMBER_ID) != 0) {
            throw new IllegalArgumentException("member id " + memberId + " does not fit 28 bits");
        }
        int p = alignReserve(4, 12);
        int valueStart;
        if (memberId <= MemberHeaders.PID_SHORT_MAX) {
            putShortAt(p, (mustUnderstand ? MemberHeaders.PID_FLAG_MUST_UNDERSTAND : 0) | memberId);
            putShortAt(p + 2, 0);
            valueStart = p + 4;
        } else {
            putExtendedHeader(p, memberId, mustUnderstand, 0);
            valueStart = p + 12;
        }
        pos = valueStart;
        long token = ((long) (origin - start) << 32) | (p & 0xFFFF_FFFFL);
        origin = valueStart;
        return token;
    }

    /**
     * Closes the parameter of a mutable-struct member opened with {@code token}: pads the value to a
     * multiple of 4 (the padding is counted in the length, as Cyclone DDS and RTI Connext expect) and
     * patches the length. A short header whose value outgrew 65535 bytes is widened in place.
     */
    public void endParameter(long token) {
        closeParameter(token, true);
    }

    /**
     * Closes the parameter of an optional member of a final or appendable struct: the length is the
     * exact value length, without padding (as Cyclone DDS writes it).
     */
    public void endOptionalParameter(long token) {
        closeParameter(token, false);
    }

    private void closeParameter(long token, boolean padTo4) {
        int p = (int) token;
        int savedOrigin = (int) (token >>> 32) + start;
        int pad = padTo4 ? (origin - pos) & 3 : 0;
        if (pad != 0) {
            int q = reserve(pad);
            for (int i = 0; i < pad; i++) {
                buf[q + i] = 0;
            }
            pos = q + pad;
        }
        boolean extended = (getShortAt(p) & MemberHeaders.PID_MASK) == MemberHeaders.PID_EXTENDED;
        if (extended) {
            putIntAt(p + 8, pos - (p + 12));
        } else {
            int valueStart = p + 4;
            int length = pos - valueStart;
            if (length <= 0xFFFF) {
                putShortAt(p + 2, length);
            } else {
                int first = getShortAt(p);
                int memberId = first & MemberHeaders.PID_MASK;
                boolean mu = (first & MemberHeaders.PID_FLAG_MUST_UNDERSTAND) != 0;
                ensure(pos + 8);
                System.arraycopy(buf, valueStart, buf, valueStart + 8, length);
                putExtendedHeader(p, memberId, mu, length);
                pos += 8;
            }
        }
        origin = savedOrigin;
    }

    /** An absent optional member in XCDR1: its parameter header with length 0. */
    public void writeAbsentParameter(int memberId, boolean mustUnderstand) {
        long token = beginParameter(memberId, mustUnderstand);
        endOptionalParameter(token);
    }

    /** The XCDR1 parameter-list sentinel that ends a mutable struct. */
    public void writeParameterListEnd() {
        int p = alignReserve(4, 4);
        putShortAt(p, MemberHeaders.PID_FLAG_MUST_UNDERSTAND | MemberHeaders.PID_LIST_END);
        putShortAt(p + 2, 0);
        pos = p + 4;
    }

    // ---------------------------------------------------------------- end of body

    /**
     * Appends zero bytes until the body is a multiple of 4 long and returns how many it added; the
     * transport puts that count in the two low bits of the encapsulation options.
     */
    public int padToMultipleOf4() {
        int pad = (start - pos) & 3;
        int p = reserve(pad);
        for (int i = 0; i < pad; i++) {
            buf[p + i] = 0;
        }
        pos = p + pad;
        return pad;
    }

    // ---------------------------------------------------------------- internals

    private void putExtendedHeader(int p, int memberId, boolean mustUnderstand, int length) {
        putShortAt(p, MemberHeaders.PID_FLAG_MUST_UNDERSTAND | MemberHeaders.PID_EXTENDED);
        putShortAt(p + 2, 8);
        putIntAt(p + 4, (mustUnderstand ? MemberHeaders.PID_EXT_FLAG_MUST_UNDERSTAND : 0) | memberId);
        putIntAt(p + 8, length);
    }

    private static int checkedSize(long size) {
        if (size > MAX_CAPACITY) {
            throw new IllegalArgumentException("value of " + size + " bytes is too large to serialize");
        }
        return (int) size;
    }

    /** Ensures room for {@code size} bytes at the current position (no alignment); returns the position. */
    private int reserve(int size) {
        int p = pos;
        if (size > buf.length - p) {
            grow((long) p + size);
        }
        return p;
    }

    /**
     * Aligns to {@code alignment} (a power of two, relative to the origin), zeroing the padding, and
     * ensures room for {@code size} bytes after it; returns the aligned position (pos is not moved past
     * the padding, the caller sets it after writing).
     */
    private int alignReserve(int alignment, int size) {
        int p = pos;
        int pad = (origin - p) & (alignment - 1);
        if (pad + size > buf.length - p) {
            grow((long) p + pad + size);
        }
        byte[] b = buf;
        for (int i = 0; i < pad; i++) {
            b[p + i] = 0;
        }
        return p + pad;
    }

    private void ensure(long needed) {
        if (needed > buf.length) {
            grow(needed);
        }
    }

    private void grow(long needed) {
        if (needed > MAX_CAPACITY) {
            throw new IllegalStateException("serialized sample would exceed " + MAX_CAPACITY + " bytes");
        }
        long doubled = Math.max(16L, 2L * buf.length);
        int capacity = (int) Math.min(MAX_CAPACITY, Math.max(doubled, needed));
        buf = Arrays.copyOf(buf, capacity);
    }

    private void putIntAt(int p, int v) {
        if (bigEndian) {
            INT_BE.set(buf, p, v);
        } else {
            INT_LE.set(buf, p, v);
        }
    }

    private int getIntAt(int p) {
        return bigEndian ? (int) INT_BE.get(buf, p) : (int) INT_LE.get(buf, p);
    }

    private void putShortAt(int p, int v) {
        if (bigEndian) {
            SHORT_BE.set(buf, p, (short) v);
        } else {
            SHORT_LE.set(buf, p, (short) v);
        }
    }

    private int getShortAt(int p) {
        return (bigEndian ? (short) SHORT_BE.get(buf, p) : (short) SHORT_LE.get(buf, p)) & 0xFFFF;
    }
}
