package io.sirocco.rtps.wire;

import io.sirocco.dcps.core.Guid;
import java.nio.charset.StandardCharsets;

/**
 * Writes a PL_CDR_LE parameter list (discovery data): the encapsulation header, parameters
 * (each padded to 4 bytes) and the sentinel. Reused through {@link #begin()}.
 */
public final class ParameterListWriter {
    /** Durations on the wire: seconds and 2^-32 fractions; infinite is (0x7fffffff, 0xffffffff). */
    public static final long INFINITE_NANOS = Long.MAX_VALUE;

    private final ByteWriter out = new ByteWriter(512);
    private int lengthAt = -1;

    public ParameterListWriter begin() {
        out.reset();
        out.put(0x00);
        out.put(0x03);
        out.put(0x00);
        out.put(0x00);
        return this;
    }

    public byte[] buffer() {
        return out.buffer();
    }

    public int size() {
        return out.position();
    }

    private void start(int pid) {
        out.putShort(pid);
        lengthAt = out.position();
        out.putShort(0);
    }

    private void end() {
        out.pad(4);
        out.putShortAt(lengthAt, out.position() - lengthAt - 2);
    }

    public ParameterListWriter finish() {
        out.putShort(ParameterIds.SENTINEL);
        out.putShort(0);
        return this;
    }

    public void putInt(int pid, int value) {
        start(pid);
        out.putInt(value);
        end();
    }

    public void putBoolean(int pid, boolean value) {
        start(pid);
        out.put(value ? 1 : 0);
        end();
    }

    public void putGuid(int pid, Guid guid) {
        start(pid);
        out.putLong(Long.reverseBytes(guid.high()));
        out.putLong(Long.reverseBytes(guid.low()));
        end();
    }

    public void putString(int pid, String value) {
        start(pid);
        string(value);
        end();
    }

    private void string(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.putInt(bytes.length + 1);
        out.putBytes(bytes, 0, bytes.length);
        out.put(0);
    }

    public void putStrings(int pid, Iterable<String> values, int count) {
        start(pid);
        out.putInt(count);
        for (String value : values) {
            out.pad(4);
            string(value);
        }
        end();
    }

    public void putOctets(int pid, byte[] value) {
        start(pid);
        out.putInt(value.length);
        out.putBytes(value, 0, value.length);
        end();
    }

    public void putShorts(int pid, java.util.List<Short> values) {
        start(pid);
        out.putInt(values.size());
        for (short value : values) {
            out.putShort(value);
        }
        end();
    }

    /** A duration parameter; {@link #INFINITE_NANOS} is the infinite duration. */
    public void putDuration(int pid, long nanos) {
        start(pid);
        duration(nanos);
        end();
    }

    private void duration(long nanos) {
        if (nanos == INFINITE_NANOS) {
            out.putInt(0x7fffffff);
            out.putInt(0xffffffff);
        } else {
            out.putInt((int) Rtps.timeSeconds(nanos));
            out.putInt((int) Rtps.timeFraction(nanos));
        }
    }

    /** A parameter of an int followed by a duration (reliability, liveliness). */
    public void putKindAndDuration(int pid, int kind, long nanos) {
        start(pid);
        out.putInt(kind);
        duration(nanos);
        end();
    }

    public void putInts(int pid, int... values) {
        start(pid);
        for (int value : values) {
            out.putInt(value);
        }
        end();
    }

    public void putPresentation(int accessScope, boolean coherent, boolean ordered) {
        start(ParameterIds.PRESENTATION);
        out.putInt(accessScope);
        out.put(coherent ? 1 : 0);
        out.put(ordered ? 1 : 0);
        end();
    }

    public void putDurabilityService(long cleanupNanos, int historyKind, int depth, int maxSamples, int maxInstances,
            int maxSamplesPerInstance) {
        start(ParameterIds.DURABILITY_SERVICE);
        duration(cleanupNanos);
        out.putInt(historyKind);
        out.putInt(depth);
        out.putInt(maxSamples);
        out.putInt(maxInstances);
        out.putInt(maxSamplesPerInstance);
        end();
    }

    public void putLocator(int pid, Locator locator) {
        start(pid);
        locator.write(out);
        end();
    }

    public void putProtocolVersion() {
        start(ParameterIds.PROTOCOL_VERSION);
        out.put(Rtps.VERSION_MAJOR);
        out.put(Rtps.VERSION_MINOR);
        end();
    }

    public void putVendorId() {
        start(ParameterIds.VENDOR_ID);
        out.put(Rtps.VENDOR_0);
        out.put(Rtps.VENDOR_1);
        end();
    }

    public void putBytes(int pid, byte[] bytes) {
        start(pid);
        out.putBytes(bytes, 0, bytes.length);
        end();
    }
}
