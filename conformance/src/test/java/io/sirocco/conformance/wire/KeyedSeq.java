package io.sirocco.conformance.wire;

import org.omg.dds.type.Extensibility;
import org.omg.dds.type.Key;

/**
 * The Java side of ddsperf's default sample type ({@code ddsperf_types.idl} in Cyclone DDS):
 * {@code @final struct KeyedSeq { unsigned long seq; @key unsigned long keyval; sequence<octet> baggage; }}.
 * The IDL type sits in the global scope, which no Java package yields, so topics register this class
 * under {@link #TYPE_NAME}. The unsigned longs travel as the same four bytes in a Java {@code int}.
 */
@Extensibility(Extensibility.Kind.FINAL_EXTENSIBILITY)
public class KeyedSeq {
    /** The IDL name ddsperf's topics have. */
    public static final String TYPE_NAME = "KeyedSeq";

    public int seq;
    @Key
    public int keyval;
    public byte[] baggage = new byte[0];

    public KeyedSeq() {
    }

    public KeyedSeq(int seq, int keyval, byte[] baggage) {
        this.seq = seq;
        this.keyval = keyval;
        this.baggage = baggage;
    }

    @Override
    public String toString() {
        return "KeyedSeq(" + seq + ", key " + keyval + ", " + baggage.length + " B)";
    }
}
