package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.Extensibility;
import org.omg.dds.type.ID;
import org.omg.dds.type.Optional;

/**
 * Exact bytes for small structs, worked out by hand from the DDS-XTypes 1.3 rules (7.4.3) and the
 * length codes Cyclone DDS chooses. Each expected string is annotated with the byte offsets in the
 * body (after the encapsulation header) and why each byte is there.
 */
class GoldenBytesTest {

    /** struct Plain { long id; string s; double d; }  (final) */
    public static class Plain {
        public int id = 0x01020304;
        public String s = "hi";
        public double d = 1.0;
    }

    /** @appendable struct Appendable { short a; long b; } */
    @Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
    public static class Appendable {
        public short a = 1;
        public int b = 2;
    }

    public static class Pair {
        public int x = 1;
        public int y = 2;
    }

    /** @mutable struct Mutable, declaration order a, l, s, o, seq, p with explicit ids. */
    @Extensibility(Extensibility.Kind.MUTABLE_EXTENSIBILITY)
    public static class Mutable {
        @ID(1)
        public short a = 5;
        @ID(4)
        public long l = 7;
        @ID(2)
        public String s = "ab";
        @ID(3)
        @Optional
        public Integer o;
        @ID(5)
        public int[] seq = {1, 2};
        @ID(6)
        public Pair p = new Pair();
    }

    /** struct WithOptionals { @optional long a; @optional string b; long c; }  (final) */
    public static class WithOptionals {
        @Optional
        public Integer a = 5;
        @Optional
        public String b;
        public int c = 1;
    }

    /** struct OddOptional { @optional short a; octet b; }  (final) */
    public static class OddOptional {
        @Optional
        public Short a = 5;
        public byte b = 6;
    }

    private static String hex(Object sample, XcdrVersion v, ByteOrder o) {
        @SuppressWarnings("unchecked")
        PojoCodec<Object> codec = (PojoCodec<Object>) PojoCodec.of(sample.getClass());
        CdrOutput out = new CdrOutput().reset(v, o);
        codec.serialize(sample, out);
        return HexFormat.of().formatHex(out.toByteArray());
    }

    /** The leading two-digit hex tokens of each line; the rest of the line is commentary. */
    private static String h(String annotated) {
        StringBuilder sb = new StringBuilder();
        for (String line : annotated.split("\n")) {
            for (String token : line.trim().split("\\s+")) {
                if (!token.matches("[0-9a-f]{2}")) {
                    break;
                }
                sb.append(token);
            }
        }
        return sb.toString();
    }

    @Test
    void finalStructAlignsDoubleTo4InXcdr2() {
        String expected = h("""
                04 03 02 01              0: id, little-endian
                03 00 00 00              4: string length 3 (2 chars + NUL)
                68 69 00                 8: 'h' 'i' NUL
                00                      11: pad: XCDR2 aligns a double to min(8, 4) = 4
                00 00 00 00 00 00 f0 3f 12: 1.0
                """);
        assertEquals(expected, hex(new Plain(), XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void finalStructAlignsDoubleTo8InXcdr1() {
        String expected = h("""
                01 02 03 04              0: id, big-endian
                00 00 00 03              4: string length 3
                68 69 00                 8: 'h' 'i' NUL
                00 00 00 00 00          11: pad: XCDR1 aligns a double to 8
                3f f0 00 00 00 00 00 00 16: 1.0
                """);
        assertEquals(expected, hex(new Plain(), XcdrVersion.XCDR1, ByteOrder.BIG_ENDIAN));
    }

    @Test
    void appendableStructHasDheaderInXcdr2Only() {
        String xcdr2 = h("""
                08 00 00 00   0: DHEADER: 8 bytes follow
                01 00         4: a
                00 00         6: pad to 4
                02 00 00 00   8: b
                """);
        assertEquals(xcdr2, hex(new Appendable(), XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN));
        assertEquals(h("01 00 00 00 02 00 00 00"), hex(new Appendable(), XcdrVersion.XCDR1, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void mutableStructUsesEmheadersWithCycloneLengthCodes() {
        String expected = h("""
                40 00 00 00              0: DHEADER: 64 bytes follow
                01 00 00 10              4: EMHEADER LC1 (2 bytes), id 1
                05 00                    8: a = 5
                00 00                   10: pad
                04 00 00 30             12: EMHEADER LC3 (8 bytes), id 4
                07 00 00 00 00 00 00 00 16: l = 7
                02 00 00 50             24: EMHEADER LC5 (length = 4 + string length), id 2
                03 00 00 00 61 62 00    28: "ab"
                00                      35: pad
                                          : o (id 3) is absent: no member at all
                05 00 00 60             36: EMHEADER LC6 (length = 4 + 4 * count), id 5
                02 00 00 00 01 00 00 00 02 00 00 00   40: sequence<long> {1, 2}
                06 00 00 40             52: EMHEADER LC4 (NEXTINT holds the length), id 6
                08 00 00 00             56: NEXTINT 8
                01 00 00 00 02 00 00 00 60: p = {x 1, y 2}
                """);
        assertEquals(expected, hex(new Mutable(), XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void mutableStructIsAParameterListInXcdr1() {
        String expected = h("""
                01 00 04 00              0: PID 1, length 4 (2 bytes + 2 padding, padding counted as Cyclone does)
                05 00 00 00              4: a = 5, pad
                04 00 08 00              8: PID 4, length 8
                07 00 00 00 00 00 00 00 12: l = 7 at offset 12: no padding, alignment restarts at the value
                02 00 08 00             20: PID 2, length 8
                03 00 00 00 61 62 00 00 24: "ab", pad
                05 00 0c 00             32: PID 5, length 12
                02 00 00 00 01 00 00 00 02 00 00 00   36: {1, 2}
                06 00 08 00             48: PID 6, length 8
                01 00 00 00 02 00 00 00 52: p
                02 7f 00 00             60: PID_LIST_END (0x3f02) with the must-understand flag, length 0
                """);
        assertEquals(expected, hex(new Mutable(), XcdrVersion.XCDR1, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void optionalsInAFinalStructAreFlaggedInXcdr2AndParametersInXcdr1() {
        String xcdr2 = h("""
                01 00 00 00   0: a present, pad
                05 00 00 00   4: a = 5
                00            8: b absent
                00 00 00      9: pad
                01 00 00 00  12: c = 1
                """);
        assertEquals(xcdr2, hex(new WithOptionals(), XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN));
        String xcdr1 = h("""
                00 00 04 00   0: parameter header: member id 0, length 4
                05 00 00 00   4: a = 5
                01 00 00 00   8: member id 1, length 0: absent
                01 00 00 00  12: c = 1
                """);
        assertEquals(xcdr1, hex(new WithOptionals(), XcdrVersion.XCDR1, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void optionalParameterLengthIsExactInAFinalStruct() {
        String xcdr1 = h("""
                00 00 02 00   0: member id 0, length 2: the value, no padding (as Cyclone)
                05 00         4: a = 5
                06            6: b, needs no alignment
                """);
        assertEquals(xcdr1, hex(new OddOptional(), XcdrVersion.XCDR1, ByteOrder.LITTLE_ENDIAN));
        String xcdr2 = h("""
                01            0: a present
                00            1: pad to 2
                05 00         2: a = 5
                06            4: b
                """);
        assertEquals(xcdr2, hex(new OddOptional(), XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void goldenMutableBytesDecodeBack() {
        for (XcdrVersion v : XcdrVersion.values()) {
            byte[] bytes = HexFormat.of().parseHex(hex(new Mutable(), v, ByteOrder.LITTLE_ENDIAN));
            Mutable m = new Mutable();
            m.a = 0;
            m.s = "";
            m.o = 99;
            m.seq = new int[0];
            PojoCodec.of(Mutable.class).deserialize(new CdrInput().wrap(bytes, 0, bytes.length, v, ByteOrder.LITTLE_ENDIAN), m);
            assertEquals(5, m.a);
            assertEquals(7, m.l);
            assertEquals("ab", m.s);
            assertNull(m.o, "absent optional member decodes as null");
            assertArrayEquals(new int[] {1, 2}, m.seq);
            assertEquals(2, m.p.y);
        }
    }

    @Test
    void memberIdsFollowIdAnnotationsThenCountOn() {
        assertArrayEquals(new int[] {1, 4, 2, 3, 5, 6}, PojoCodec.of(Mutable.class).memberIds());
        assertArrayEquals(new int[] {0, 1, 2}, PojoCodec.of(WithOptionals.class).memberIds());
    }
}
