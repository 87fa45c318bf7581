package io.sirocco.rtps.wire;

import io.sirocco.dcps.core.Guid;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PL_CDR parameter list (little or big endian), one parameter at a time, with every
 * length checked. Values are read from the current parameter only; reading past it is malformed.
 */
public final class ParameterListReader {
    private byte[] buffer;
    private boolean little;
    private int position;
    private int end;
    private int pid;
    private int valueStart;
    private int valueEnd;

    /** Starts at the encapsulation header of a serialized payload. */
    public ParameterListReader wrap(byte[] source, int offset, int length) {
        if (length < 4) {
            throw new MessageParser.Malformed("parameter list shorter than its encapsulation header");
        }
        int representation = (source[offset] & 0xff) << 8 | (source[offset + 1] & 0xff);
        if (representation != 0x0002 && representation != 0x0003) {
            throw new MessageParser.Malformed("not a PL_CDR parameter list: representation 0x"
                    + Integer.toHexString(representation));
        }
        this.buffer = source;
        this.little = representation == 0x0003;
        this.position = offset + 4;
        this.end = offset + length;
        return this;
    }

    /** Advances to the next parameter; false at the sentinel. */
    public boolean next() {
        if (end - position < 4) {
            throw new MessageParser.Malformed("parameter list without sentinel");
        }
        pid = MessageParser.u16(buffer, position, little);
        int length = MessageParser.u16(buffer, position + 2, little);
        valueStart = position + 4;
        if (pid == ParameterIds.SENTINEL) {
            return false;
        }
        if (end - valueStart < length) {
            throw new MessageParser.Malformed("parameter 0x" + Integer.toHexString(pid) + " of " + length
                    + " bytes runs past the list");
        }
        valueEnd = valueStart + length;
        position = valueEnd;
        return true;
    }

    public int pid() {
        return pid;
    }

    public int length() {
        return valueEnd - valueStart;
    }

    private void need(int at, int bytes) {
        if (at + bytes > valueEnd) {
            throw new MessageParser.Malformed("parameter 0x" + Integer.toHexString(pid) + " too short");
        }
    }

    public int intAt(int offset) {
        need(valueStart + offset, 4);
        return MessageParser.i32(buffer, valueStart + offset, little);
    }

    public int byteAt(int offset) {
        need(valueStart + offset, 1);
        return buffer[valueStart + offset] & 0xff;
    }

    public boolean booleanAt(int offset) {
        return byteAt(offset) != 0;
    }

    /** A duration (seconds, fraction) in nanoseconds; infinite as {@link ParameterListWriter#INFINITE_NANOS}. */
    public long durationAt(int offset) {
        int seconds = intAt(offset);
        int fraction = intAt(offset + 4);
        if (seconds == 0x7fffffff) {
            return ParameterListWriter.INFINITE_NANOS;
        }
        if (seconds < 0) {
            throw new MessageParser.Malformed("negative duration in parameter 0x" + Integer.toHexString(pid));
        }
        return Rtps.nanosOf(seconds, fraction);
    }

    public Guid guid() {
        need(valueStart, 16);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (buffer[valueStart + i] & 0xff);
            low = (low << 8) | (buffer[valueStart + 8 + i] & 0xff);
        }
        return Guid.of(high, low);
    }

    public String string() {
        return stringAt(valueStart);
    }

    /** Where the last string read ended. */
    private int stringEnd;

    private String stringAt(int at) {
        need(at, 4);
        int length = MessageParser.i32(buffer, at, little);
        if (length < 1 || length > valueEnd - at - 4) {
            throw new MessageParser.Malformed("bad string length " + length + " in parameter 0x" + Integer.toHexString(pid));
        }
        int chars = buffer[at + 4 + length - 1] == 0 ? length - 1 : length;
        stringEnd = at + 4 + length;
        return new String(buffer, at + 4, chars, StandardCharsets.UTF_8);
    }

    public List<String> strings() {
        int count = intAt(0);
        if (count < 0 || count > length() / 5) {
            throw new MessageParser.Malformed("bad string count " + count + " in parameter 0x" + Integer.toHexString(pid));
        }
        List<String> values = new ArrayList<>(count);
        int at = valueStart + 4;
        for (int i = 0; i < count; i++) {
            at = (at - valueStart + 3) / 4 * 4 + valueStart;
            values.add(stringAt(at));
            at = stringEnd;
        }
        return values;
    }

    public byte[] octets() {
        int count = intAt(0);
        if (count < 0 || count > length() - 4) {
            throw new MessageParser.Malformed("bad octet count " + count + " in parameter 0x" + Integer.toHexString(pid));
        }
        byte[] value = new byte[count];
        System.arraycopy(buffer, valueStart + 4, value, 0, count);
        return value;
    }

    public short[] shorts() {
        int count = intAt(0);
        if (count < 0 || count > (length() - 4) / 2) {
            throw new MessageParser.Malformed("bad count " + count + " in parameter 0x" + Integer.toHexString(pid));
        }
        short[] values = new short[count];
        for (int i = 0; i < count; i++) {
            values[i] = (short) MessageParser.u16(buffer, valueStart + 4 + 2 * i, little);
        }
        return values;
    }

    public Locator locator() {
        int kind = intAt(0);
        int port = intAt(4);
        need(valueStart + 8, 16);
        byte[] address = new byte[16];
        System.arraycopy(buffer, valueStart + 8, address, 0, 16);
        return new Locator(kind, port, address);
    }

    public byte[] bytes() {
        byte[] value = new byte[length()];
        System.arraycopy(buffer, valueStart, value, 0, value.length);
        return value;
    }
}
