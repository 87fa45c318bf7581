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
import java.nio.charset.StandardCharsets;

/**
 * An XCDR (version 1 or 2) deserializer over a region of a byte array that it does not copy; it is
 * re-pointed at the next payload with {@link #wrap} without allocating.
 *
 * <p>The input is untrusted. Every read is bounds-checked against the current limit (the end of the
 * body, or of the enclosing DHEADER, EMHEADER or parameter once a codec narrows it with
 * {@link #pushLimit}); a length or count larger than what remains fails before anything is allocated;
 * and every problem raises {@link MalformedDataException} with the offset, counted from the body
 * start. Alignment padding is skipped without being checked (XTypes does not require readers to).
 *
 * <p>Not thread-safe.
 */
public final class CdrInput {
    private static final byte[] EMPTY = new byte[0];

    private byte[] buf = EMPTY;
    private int start;
    private int pos;
    private int limit;
    private int end;
    private int origin;
    private int maxAlign = 4;
    private boolean bigEndian;
    private XcdrVersion version = XcdrVersion.XCDR2;

    private int memberId;
    private boolean memberMustUnderstand;
    private int memberLength;

    /** An input over nothing; call {@link #wrap} before reading. */
    public CdrInput() {
    }

    /**
     * Points this input at the body {@code source[offset, offset + length)} written with
     * {@code version} and {@code order}.
     *
     * @throws IllegalArgumentException if the region lies outside {@code source}
     */
    public CdrInput wrap(byte[] source, int offset, int length, XcdrVersion version, ByteOrder order) {
        if (offset < 0 || length < 0 || length > source.length - offset) {
            throw new IllegalArgumentException("region [" + offset + ", +" + length + ") outside a buffer of "
                    + source.length + " bytes");
        }
        this.buf = source;
        this.start = offset;
        this.pos = offset;
        this.origin = offset;
        this.end = offset + length;
        this.limit = end;
        this.version = version;
        this.maxAlign = version.maxAlignment();
        this.bigEndian = order == ByteOrder.BIG_ENDIAN;
        return this;
    }

    /**
     * Points this input at a payload that starts with its 4-byte encapsulation header, taking the
     * version and byte order from the header.
     *
     * @throws MalformedDataException if the payload is shorter than the header or the identifier is
     *         not an XCDR one
     */
    public CdrInput wrapEncapsulated(byte[] source, int offset, int length) {
        if (offset < 0 || length < 0 || length > source.length - offset) {
            throw new IllegalArgumentException("region [" + offset + ", +" + length + ") outside a buffer of "
                    + source.length + " bytes");
        }
        if (length < Encapsulation.HEADER_SIZE) {
            throw new MalformedDataException("payload of " + length + " bytes has no encapsulation header", 0);
        }
        int id = Encapsulation.readIdentifier(source, offset);
        return wrap(source, offset + Encapsulation.HEADER_SIZE, length - Encapsulation.HEADER_SIZE,
                Encapsulation.version(id), Encapsulation.byteOrder(id));
    }

    /** The XCDR version being read. */
    public XcdrVersion version() {
        return version;
    }

    /** Whether the body is XCDR version 2. */
    public boolean isXcdr2() {
        return maxAlign == 4;
    }

    /** The byte order being read. */
    public ByteOrder order() {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** The wrapped array. */
    public byte[] buffer() {
        return buf;
    }

    /** Index in {@link #buffer()} of the next byte to read. */
    public int position() {
        return pos;
    }

    /**
     * Moves to {@code position}, which must lie between the body start and the current limit.
     *
     * @throws MalformedDataException otherwise (a member length that points past its container)
     */
    public void position(int position) {
        if (position < start || position > limit) {
            throw malformed("position " + (position - start) + " outside the readable region ending at "
                    + (limit - start), pos);
        }
        pos = position;
    }

    /** Index in {@link #buffer()} of the first body byte. */
    public int start() {
        return start;
    }

    /** The current limit: reads may not go past it. */
    public int limit() {
        return limit;
    }

    /** Bytes left before the current limit. */
    public int remaining() {
        return limit - pos;
    }

    /**
     * Narrows the limit to {@code newLimit} (the end of a DHEADER, member or parameter) and returns the
     * previous one for {@link #popLimit}.
     *
     * @throws MalformedDataException if {@code newLimit} is beyond the current limit
     */
    public int pushLimit(int newLimit) {
        if (newLimit < pos || newLimit > limit) {
            throw malformed("nested length ends at " + (newLimit - start) + ", outside its container ending at "
                    + (limit - start), pos);
        }
        int previous = limit;
        limit = newLimit;
        return previous;
    }

    /** Restores the limit that {@link #pushLimit} returned. */
    public void popLimit(int previousLimit) {
        limit = previousLimit;
    }

    /** Makes alignment restart at {@code newOrigin} (XCDR1 parameter values) and returns the previous origin. */
    public int pushOrigin(int newOrigin) {
        int previous = origin;
        origin = newOrigin;
        return previous;
    }

    /** Restores the origin that {@link #pushOrigin} returned. */
    public void popOrigin(int previousOrigin) {
        origin = previousOrigin;
    }

    /** Skips {@code n} bytes. */
    public void skip(int n) {
        if (n < 0 || n > limit - pos) {
            throw malformed("cannot skip " + (n & 0xFFFF_FFFFL) + " bytes, " + (limit - pos) + " remain", pos);
        }
        pos += n;
    }

    /** Skips the padding that aligns the next value to {@code alignment} (1, 2, 4 or 8, capped by the version). */
    public void align(int alignment) {
        int a = Math.min(alignment, maxAlign);
        int pad = (origin - pos) & (a - 1);
        if (pad > limit - pos) {
            throw malformed("truncated alignment padding", pos);
        }
        pos += pad;
    }

    // ---------------------------------------------------------------- primitives

    public boolean readBoolean() {
        int p = need(1, 1, "boolean");
        byte b = buf[p];
        if ((b & 0xFE) != 0) {
            throw malformed("boolean with value " + (b & 0xFF), p);
        }
        pos = p + 1;
        return b != 0;
    }

    /** IDL octet, int8 or uint8. */
    public byte readByte() {
        int p = need(1, 1, "octet");
        pos = p + 1;
        return buf[p];
    }

    /** IDL short, unsigned short. */
    public short readShort() {
        int p = need(2, 2, "int16");
        pos = p + 2;
        return bigEndian ? (short) SHORT_BE.get(buf, p) : (short) SHORT_LE.get(buf, p);
    }

    /** IDL long, unsigned long. */
    public int readInt() {
        int p = need(4, 4, "int32");
        pos = p + 4;
        return bigEndian ? (int) INT_BE.get(buf, p) : (int) INT_LE.get(buf, p);
    }

    /** IDL long long, unsigned long long. */
    public long readLong() {
        int p = need(maxAlign, 8, "int64");
        pos = p + 8;
        return bigEndian ? (long) LONG_BE.get(buf, p) : (long) LONG_LE.get(buf, p);
    }

    public float readFloat() {
        return Float.intBitsToFloat(readInt());
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    /** IDL char, as its ISO-8859-1 character. */
    public char readChar8() {
        return (char) (readByte() & 0xFF);
    }

    /** IDL wchar: one UTF-16 unit; a surrogate is malformed. */
    public char readWchar() {
        int p = need(2, 2, "wchar");
        char c = bigEndian ? (char) CHAR_BE.get(buf, p) : (char) CHAR_LE.get(buf, p);
        if (Character.isSurrogate(c)) {
            throw malformed("wchar holds the surrogate U+" + Integer.toHexString(c), p);
        }
        pos = p + 2;
        return c;
    }

    // ---------------------------------------------------------------- strings

    /** An IDL string (a new String). */
    public String readString() {
        return readString(null, Integer.MAX_VALUE);
    }

    /**
     * An IDL string; returns {@code current} itself when its UTF-8 bytes equal the serialized ones, so
     * that decoding into a sample that already holds the value allocates nothing.
     */
    public String readString(String current) {
        return readString(current, Integer.MAX_VALUE);
    }

    /**
     * An IDL string of at most {@code bound} bytes (without the NUL), reusing {@code current} when equal.
     *
     * @throws MalformedDataException on a length of 0, past the limit or above the bound, or a missing NUL
     */
    public String readString(String current, int bound) {
        int lengthAt = alignedPosition(4);
        int n = readInt();
        if (n <= 0 || n > limit - pos) {
            throw malformed(n == 0 ? "string length 0 (it must count the NUL)"
                    : "string length " + (n & 0xFFFF_FFFFL) + " exceeds the " + (limit - pos) + " bytes that remain",
                    lengthAt);
        }
        int p = pos;
        if (buf[p + n - 1] != 0) {
            throw malformed("string not terminated by NUL", p + n - 1);
        }
        int bytes = n - 1;
        if (bytes > bound) {
            throw malformed("string of " + bytes + " bytes exceeds its bound of " + bound, lengthAt);
        }
        pos = p + n;
        if (current != null && Utf8.sameBytes(current, buf, p, bytes)) {
            return current;
        }
        return bytes == 0 ? "" : new String(buf, p, bytes, StandardCharsets.UTF_8);
    }

    /** An IDL wstring (byte length, UTF-16 units, no NUL), reusing {@code current} when equal. */
    public String readWstring(String current) {
        return readWstring(current, Integer.MAX_VALUE);
    }

    /** An IDL wstring of at most {@code bound} characters, reusing {@code current} when equal. */
    public String readWstring(String current, int bound) {
        int lengthAt = alignedPosition(4);
        int n = readInt();
        if (n < 0 || n > limit - pos || (n & 1) != 0) {
            throw malformed("wstring byte length " + (n & 0xFFFF_FFFFL)
                    + ((n & 1) != 0 ? " is odd" : " exceeds the " + (limit - pos) + " bytes that remain"), lengthAt);
        }
        int chars = n >>> 1;
        if (chars > bound) {
            throw malformed("wstring of " + chars + " characters exceeds its bound of " + bound, lengthAt);
        }
        int p = pos;
        pos = p + n;
        if (current != null && current.length() == chars) {
            boolean same = true;
            for (int i = 0; i < chars && same; i++) {
                same = current.charAt(i) == charAt(p + 2 * i);
            }
            if (same) {
                return current;
            }
        }
        char[] cs = new char[chars];
        for (int i = 0; i < chars; i++) {
            cs[i] = charAt(p + 2 * i);
        }
        return new String(cs);
    }

    // ---------------------------------------------------------------- bulk

    /** {@code length} raw bytes into {@code dst}. */
    public void readBytes(byte[] dst, int offset, int length) {
        int p = need(1, length, "octets");
        System.arraycopy(buf, p, dst, offset, length);
        pos = p + length;
    }

    /** {@code length} booleans, each checked to be 0 or 1. */
    public void readBooleans(boolean[] dst, int offset, int length) {
        int p = need(1, length, "booleans");
        for (int i = 0; i < length; i++) {
            byte b = buf[p + i];
            if ((b & 0xFE) != 0) {
                throw malformed("boolean with value " + (b & 0xFF), p + i);
            }
            dst[offset + i] = b != 0;
        }
        pos = p + length;
    }

    public void readShorts(short[] dst, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = need(2, bytes(length, 2), "int16 array");
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 2) {
                dst[offset + i] = (short) SHORT_BE.get(b, p);
            }
        } else {
            for (int i = 0; i < length; i++, p += 2) {
                dst[offset + i] = (short) SHORT_LE.get(b, p);
            }
        }
        pos = p;
    }

    public void readInts(int[] dst, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = need(4, bytes(length, 4), "int32 array");
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 4) {
                dst[offset + i] = (int) INT_BE.get(b, p);
            }
        } else {
            for (int i = 0; i < length; i++, p += 4) {
                dst[offset + i] = (int) INT_LE.get(b, p);
            }
        }
        pos = p;
    }

    public void readLongs(long[] dst, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = need(maxAlign, bytes(length, 8), "int64 array");
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 8) {
                dst[offset + i] = (long) LONG_BE.get(b, p);
            }
        } else {
            for (int i = 0; i < length; i++, p += 8) {
                dst[offset + i] = (long) LONG_LE.get(b, p);
            }
        }
        pos = p;
    }

    public void readFloats(float[] dst, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = need(4, bytes(length, 4), "float32 array");
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 4) {
                dst[offset + i] = Float.intBitsToFloat((int) INT_BE.get(b, p));
            }
        } else {
            for (int i = 0; i < length; i++, p += 4) {
                dst[offset + i] = Float.intBitsToFloat((int) INT_LE.get(b, p));
            }
        }
        pos = p;
    }

    public void readDoubles(double[] dst, int offset, int length) {
        if (length == 0) {
            return;
        }
        int p = need(maxAlign, bytes(length, 8), "float64 array");
        byte[] b = buf;
        if (bigEndian) {
            for (int i = 0; i < length; i++, p += 8) {
                dst[offset + i] = Double.longBitsToDouble((long) LONG_BE.get(b, p));
            }
        } else {
            for (int i = 0; i < length; i++, p += 8) {
                dst[offset + i] = Double.longBitsToDouble((long) LONG_LE.get(b, p));
            }
        }
        pos = p;
    }

    /** IDL chars (8-bit) as ISO-8859-1 characters. */
    public void readChars8(char[] dst, int offset, int length) {
        int p = need(1, length, "char array");
        for (int i = 0; i < length; i++) {
            dst[offset + i] = (char) (buf[p + i] & 0xFF);
        }
        pos = p + length;
    }

    /** IDL wchars. */
    public void readWchars(char[] dst, int offset, int length) {
        for (int i = 0; i < length; i++) {
            dst[offset + i] = readWchar();
        }
    }

    /**
     * A sequence length, checked against what remains: {@code count * max(1, minElementSize)} bytes
     * must still be there, so a forged count cannot make the caller allocate a huge array.
     */
    public int readSequenceLength(int minElementSize) {
        int at = alignedPosition(4);
        int n = readInt();
        long min = Math.max(1, minElementSize);
        if (n < 0 || n * min > limit - pos) {
            throw malformed("sequence length " + (n & 0xFFFF_FFFFL) + " exceeds the " + (limit - pos)
                    + " bytes that remain", at);
        }
        return n;
    }

    // ---------------------------------------------------------------- XCDR2 framing

    /**
     * Reads a DHEADER and returns the absolute end position of the object it delimits.
     *
     * @throws MalformedDataException if that end lies past the current limit
     */
    public int readDelimiter() {
        int at = alignedPosition(4);
        int n = readInt();
        if (n < 0 || n > limit - pos) {
            throw malformed("DHEADER length " + (n & 0xFFFF_FFFFL) + " exceeds the " + (limit - pos)
                    + " bytes that remain", at);
        }
        return pos + n;
    }

    /**
     * Reads an XCDR2 EMHEADER (and NEXTINT for length code 4) and returns the length of the member value
     * that follows; {@link #memberId()} and {@link #memberMustUnderstand()} describe it afterwards.
     *
     * @throws MalformedDataException if the member would extend past the current limit
     */
    public int readEmHeader() {
        int at = alignedPosition(4);
        int header = readInt();
        int lc = (header >>> 28) & 7;
        long length;
        if (lc < MemberHeaders.LC_NEXTINT) {
            length = 1L << lc;
        } else if (lc == MemberHeaders.LC_NEXTINT) {
            length = readInt() & 0xFFFF_FFFFL;
        } else {
            if (limit - pos < 4) {
                throw malformed("EMHEADER with length code " + lc + " but no NEXTINT", at);
            }
            long next = (bigEndian ? (int) INT_BE.get(buf, pos) : (int) INT_LE.get(buf, pos)) & 0xFFFF_FFFFL;
            length = 4 + (next << (lc == MemberHeaders.LC_LENGTH ? 0 : lc - 4));
        }
        if (length > limit - pos) {
            throw malformed("member " + (header & MemberHeaders.MAX_MEMBER_ID) + " of " + length
                    + " bytes exceeds the " + (limit - pos) + " bytes that remain", at);
        }
        memberId = header & MemberHeaders.MAX_MEMBER_ID;
        memberMustUnderstand = header < 0;
        memberLength = (int) length;
        return memberLength;
    }

    // ---------------------------------------------------------------- XCDR1 parameter lists

    /**
     * Reads an XCDR1 parameter header; returns {@code false} at the list-end sentinel. Otherwise
     * {@link #memberId()}, {@link #memberMustUnderstand()} and {@link #memberLength()} describe the
     * parameter, whose value starts at {@link #position()}. Parameters with the implementation-specific
     * flag get member id -1 (unknown to every type).
     */
    public boolean readParameterHeader() {
        int at = need(4, 4, "parameter header");
        int first = shortAt(at);
        int length = shortAt(at + 2);
        pos = at + 4;
        int pid = first & MemberHeaders.PID_MASK;
        if (pid == MemberHeaders.PID_LIST_END) {
            return false;
        }
        boolean mu = (first & MemberHeaders.PID_FLAG_MUST_UNDERSTAND) != 0;
        int id = pid;
        if (pid == MemberHeaders.PID_EXTENDED) {
            if (length != 8) {
                throw malformed("extended parameter header with length " + length + " instead of 8", at);
            }
            int word = readInt();
            int longLength = readInt();
            if (longLength < 0) {
                throw malformed("parameter length " + (longLength & 0xFFFF_FFFFL) + " too large", at);
            }
            id = word & MemberHeaders.MAX_MEMBER_ID;
            mu = (word & MemberHeaders.PID_EXT_FLAG_MUST_UNDERSTAND) != 0;
            length = longLength;
            if ((word & 0x8000_0000) != 0) {
                id = -1;
            }
        } else if ((first & MemberHeaders.PID_FLAG_IMPL_EXTENSION) != 0) {
            id = -1;
        }
        if (length > limit - pos) {
            throw malformed("parameter " + id + " of " + length + " bytes exceeds the " + (limit - pos)
                    + " bytes that remain", at);
        }
        memberId = id;
        memberMustUnderstand = mu;
        memberLength = length;
        return true;
    }

    /** Member id from the last EMHEADER or parameter header (-1 for vendor-specific parameters). */
    public int memberId() {
        return memberId;
    }

    /** Must-understand flag from the last EMHEADER or parameter header. */
    public boolean memberMustUnderstand() {
        return memberMustUnderstand;
    }

    /** Value length from the last EMHEADER or parameter header. */
    public int memberLength() {
        return memberLength;
    }

    /**
     * A {@link MalformedDataException} for a problem at absolute buffer index {@code at}; codecs use it
     * for semantic problems (unknown enumerator, bound exceeded) so the offset convention stays the same.
     */
    public MalformedDataException malformed(String problem, int at) {
        return new MalformedDataException(problem, at - start);
    }

    // ---------------------------------------------------------------- internals

    private static int bytes(int count, int size) {
        long n = (long) count * size;
        return n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    /** Position the next value of {@code alignment} would start at (for error offsets). */
    private int alignedPosition(int alignment) {
        int a = Math.min(alignment, maxAlign);
        return pos + ((origin - pos) & (a - 1));
    }

    /**
     * Aligns to {@code alignment} (capped by the version) and checks that {@code size} bytes follow;
     * returns the aligned position without moving past the value.
     */
    private int need(int alignment, int size, String what) {
        int p = pos;
        int pad = (origin - p) & (alignment - 1);
        if (size < 0 || pad > limit - p || size > limit - p - pad) {
            throw malformed("truncated " + what + ": needs " + (size & 0xFFFF_FFFFL) + " bytes, "
                    + Math.max(0, limit - p - pad) + " remain", Math.min(p + pad, limit));
        }
        return p + pad;
    }

    private int shortAt(int p) {
        return (bigEndian ? (short) SHORT_BE.get(buf, p) : (short) SHORT_LE.get(buf, p)) & 0xFFFF;
    }

    private char charAt(int p) {
        return bigEndian ? (char) CHAR_BE.get(buf, p) : (char) CHAR_LE.get(buf, p);
    }
}
