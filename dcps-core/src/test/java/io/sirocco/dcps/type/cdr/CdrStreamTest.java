package io.sirocco.dcps.type.cdr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class CdrStreamTest {
    private static final ByteOrder LE = ByteOrder.LITTLE_ENDIAN;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;

    private static String hex(CdrOutput out) {
        return HexFormat.of().formatHex(out.toByteArray());
    }

    private static CdrInput in(CdrOutput out) {
        return new CdrInput().wrap(out.buffer(), out.start(), out.size(), out.version(), out.order());
    }

    @Test
    void primitivesAlignToTheirSizeCappedByVersion() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR1, LE);
        out.writeByte((byte) 1);
        out.writeLong(2);
        assertEquals("01" + "00000000000000" + "0200000000000000", hex(out));
        out.reset(XcdrVersion.XCDR2, LE);
        out.writeByte((byte) 1);
        out.writeLong(2);
        assertEquals("01" + "000000" + "0200000000000000", hex(out));
        out.reset(XcdrVersion.XCDR2, BE);
        out.writeByte((byte) 1);
        out.writeShort((short) 0x0203);
        out.writeInt(0x04050607);
        assertEquals("01" + "00" + "0203" + "04050607", hex(out));
    }

    @Test
    void alignmentIsRelativeToTheBodyStartNotTheBuffer() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR1, LE, 4);
        out.writeByte((byte) 1);
        out.writeDouble(1.0);
        assertEquals(4, out.start());
        assertEquals(16, out.size(), "1 byte, 7 padding, 8 bytes: offsets count from the body start");
        CdrInput in = in(out);
        assertEquals(1, in.readByte());
        assertEquals(1.0, in.readDouble());
        assertEquals(0, in.remaining());
    }

    @Test
    void everyPrimitiveRoundTripsInBothOrders() {
        for (XcdrVersion v : XcdrVersion.values()) {
            for (ByteOrder o : new ByteOrder[] {LE, BE}) {
                CdrOutput out = new CdrOutput(1).reset(v, o);
                out.writeBoolean(true);
                out.writeByte((byte) -5);
                out.writeShort((short) -300);
                out.writeInt(-70000);
                out.writeLong(Long.MIN_VALUE + 3);
                out.writeFloat(1.25f);
                out.writeDouble(-2.5e100);
                out.writeChar8('ÿ');
                out.writeWchar('\u4E2D');
                out.writeString("");
                out.writeString("grüße \uD83D\uDE00");
                out.writeWstring("wide \uD83D\uDE00");
                out.writeSequenceLength(3);
                out.writeInts(new int[] {1, 2, 3}, 0, 3);
                out.writeDoubles(new double[] {0.5}, 0, 1);
                out.writeBooleans(new boolean[] {true, false}, 0, 2);
                out.writeShorts(new short[] {7}, 0, 1);
                out.writeLongs(new long[] {8}, 0, 1);
                out.writeFloats(new float[] {9f}, 0, 1);
                CdrInput in = in(out);
                assertTrue(in.readBoolean());
                assertEquals(-5, in.readByte());
                assertEquals(-300, in.readShort());
                assertEquals(-70000, in.readInt());
                assertEquals(Long.MIN_VALUE + 3, in.readLong());
                assertEquals(1.25f, in.readFloat());
                assertEquals(-2.5e100, in.readDouble());
                assertEquals('ÿ', in.readChar8());
                assertEquals('\u4E2D', in.readWchar());
                assertEquals("", in.readString());
                assertEquals("grüße \uD83D\uDE00", in.readString());
                assertEquals("wide \uD83D\uDE00", in.readWstring(null));
                int n = in.readSequenceLength(4);
                int[] ints = new int[n];
                in.readInts(ints, 0, n);
                assertArrayEquals(new int[] {1, 2, 3}, ints);
                double[] ds = new double[1];
                in.readDoubles(ds, 0, 1);
                assertEquals(0.5, ds[0]);
                boolean[] bs = new boolean[2];
                in.readBooleans(bs, 0, 2);
                assertArrayEquals(new boolean[] {true, false}, bs);
                short[] ss = new short[1];
                in.readShorts(ss, 0, 1);
                long[] ls = new long[1];
                in.readLongs(ls, 0, 1);
                float[] fs = new float[1];
                in.readFloats(fs, 0, 1);
                assertEquals(7, ss[0]);
                assertEquals(8, ls[0]);
                assertEquals(9f, fs[0]);
                assertEquals(0, in.remaining());
            }
        }
    }

    @Test
    void stringsAreLengthBytesAndNul() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, LE);
        out.writeString("é");
        assertEquals("03000000" + "c3a9" + "00", hex(out));
        out.reset(XcdrVersion.XCDR2, LE);
        out.writeString(null);
        assertEquals("01000000" + "00", hex(out), "null is written as the empty string");
    }

    @Test
    void wstringIsByteLengthAndUtf16WithoutNulInBothVersions() {
        for (XcdrVersion v : XcdrVersion.values()) {
            CdrOutput out = new CdrOutput().reset(v, LE);
            out.writeWstring("ab");
            assertEquals("04000000" + "61006200", hex(out));
        }
    }

    @Test
    void decodingKeepsAnEqualStringInsteadOfAllocating() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, LE);
        out.writeString("same");
        out.writeString("€uro");
        out.writeWstring("wide");
        String same = new String("same");
        String euro = new String("€uro");
        String wide = new String("wide");
        CdrInput in = in(out);
        assertSame(same, in.readString(same));
        assertSame(euro, in.readString(euro));
        assertSame(wide, in.readWstring(wide));
        in = in(out);
        String other = in.readString("different");
        assertEquals("same", other);
    }

    @Test
    void boundedStringRejectsLongerValues() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, LE);
        out.writeString("abc", 3);
        assertThrows(IllegalArgumentException.class, () -> out.writeString("abcd", 3));
        assertEquals(8, out.size(), "a rejected string leaves nothing behind");
        CdrInput in = in(out);
        assertThrows(MalformedDataException.class, () -> in.readString(null, 2));
    }

    @Test
    void char8RejectsCharactersAboveLatin1AndWcharRejectsSurrogates() {
        CdrOutput out = new CdrOutput();
        assertThrows(IllegalArgumentException.class, () -> out.writeChar8('\u0100'));
        assertThrows(IllegalArgumentException.class, () -> out.writeWchar('\uD800'));
    }

    @Test
    void dheaderIsBackPatched() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, BE);
        int mark = out.beginDelimited();
        out.writeShort((short) 1);
        out.writeInt(2);
        out.endDelimited(mark);
        assertEquals("00000008" + "0001" + "0000" + "00000002", hex(out));
        CdrInput in = in(out);
        assertEquals(12, in.readDelimiter());
    }

    @Test
    void emheaderCarriesMustUnderstandLengthCodeAndId() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, BE);
        int h = out.beginEmHeader(0x0ABCDEF, true, MemberHeaders.LC_NEXTINT);
        out.writeShort((short) 7);
        out.endEmHeader(h);
        assertEquals("c0abcdef" + "00000002" + "0007", hex(out));
        CdrInput in = in(out);
        assertEquals(2, in.readEmHeader());
        assertEquals(0x0ABCDEF, in.memberId());
        assertTrue(in.memberMustUnderstand());
    }

    @Test
    void emheaderLengthCodeMismatchIsACodecBug() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, LE);
        int h = out.beginEmHeader(1, false, MemberHeaders.LC_4);
        out.writeShort((short) 1);
        assertThrows(IllegalStateException.class, () -> out.endEmHeader(h));
    }

    @Test
    void emheaderLengthCodesFiveToSevenReuseTheFirstWord() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, LE);
        int h = out.beginEmHeader(3, false, MemberHeaders.LC_COUNT8);
        out.writeSequenceLength(2);
        out.writeLongs(new long[] {1, 2}, 0, 2);
        out.endEmHeader(h);
        CdrInput in = in(out);
        assertEquals(20, in.readEmHeader());
        assertFalse(in.memberMustUnderstand());
    }

    @Test
    void parameterHeadersAreShortUpTo0x3f00AndExtendedAbove() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR1, LE);
        long t = out.beginParameter(0x3F00, true);
        out.writeInt(1);
        out.endParameter(t);
        t = out.beginParameter(0x3F01, false);
        out.writeShort((short) 2);
        out.endParameter(t);
        out.writeParameterListEnd();
        assertEquals("007f" + "0400" + "01000000"
                + "017f" + "0800" + "013f0000" + "04000000" + "0200" + "0000"
                + "027f" + "0000", hex(out));
        CdrInput in = in(out);
        assertTrue(in.readParameterHeader());
        assertEquals(0x3F00, in.memberId());
        assertTrue(in.memberMustUnderstand());
        in.skip(in.memberLength());
        assertTrue(in.readParameterHeader());
        assertEquals(0x3F01, in.memberId());
        assertFalse(in.memberMustUnderstand());
        assertEquals(4, in.memberLength());
        in.skip(4);
        assertFalse(in.readParameterHeader());
    }

    @Test
    void shortParameterOutgrowing64kBecomesExtendedInPlace() {
        CdrOutput out = new CdrOutput(8).reset(XcdrVersion.XCDR1, BE);
        long t = out.beginParameter(5, false);
        byte[] big = new byte[70_000];
        big[0] = 1;
        big[big.length - 1] = 2;
        out.writeSequenceLength(big.length);
        out.writeBytes(big, 0, big.length);
        out.writeLong(3); // 8-byte value: alignment relative to the (moved) parameter value
        out.endParameter(t);
        CdrInput in = in(out);
        assertTrue(in.readParameterHeader());
        assertEquals(5, in.memberId());
        int valueStart = in.position();
        int saved = in.pushOrigin(valueStart);
        int n = in.readSequenceLength(1);
        byte[] read = new byte[n];
        in.readBytes(read, 0, n);
        assertArrayEquals(big, read);
        assertEquals(3, in.readLong());
        in.popOrigin(saved);
        assertEquals(valueStart + in.memberLength(), in.position());
    }

    @Test
    void outputGrowsAndResetReusesTheBuffer() {
        CdrOutput out = new CdrOutput(16);
        out.reset(XcdrVersion.XCDR2, LE);
        for (int i = 0; i < 1000; i++) {
            out.writeInt(i);
        }
        byte[] grown = out.buffer();
        assertTrue(grown.length >= 4000);
        out.reset(XcdrVersion.XCDR1, BE);
        assertSame(grown, out.buffer());
        assertEquals(0, out.size());
    }

    @Test
    void wrapWritesIntoTheCallersBuffer() {
        byte[] target = new byte[64];
        CdrOutput out = new CdrOutput().wrap(target, 4, XcdrVersion.XCDR2, BE);
        out.writeInt(0x01020304);
        assertSame(target, out.buffer());
        assertEquals(1, target[4]);
        assertEquals(4, target[7]);
    }

    @Test
    void padToMultipleOf4ReportsThePadding() {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, LE, 4);
        out.writeByte((byte) 1);
        assertEquals(3, out.padToMultipleOf4());
        assertEquals(4, out.size());
        assertEquals(0, out.padToMultipleOf4());
    }

    @Test
    void inputReportsProblemsWithOffsets() {
        byte[] bytes = {5, 0, 0, 0, 'a', 'b'};
        CdrInput in = new CdrInput().wrap(bytes, 0, bytes.length, XcdrVersion.XCDR2, LE);
        MalformedDataException e = assertThrows(MalformedDataException.class, in::readString);
        assertEquals(0, e.offset());
        assertTrue(e.getMessage().contains("string length 5"), e.getMessage());

        byte[] noNul = {2, 0, 0, 0, 'a', 'b'};
        e = assertThrows(MalformedDataException.class,
                () -> new CdrInput().wrap(noNul, 0, noNul.length, XcdrVersion.XCDR2, LE).readString());
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());

        byte[] badBool = {2};
        assertThrows(MalformedDataException.class,
                () -> new CdrInput().wrap(badBool, 0, 1, XcdrVersion.XCDR2, LE).readBoolean());

        byte[] hugeSequence = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x7F, 0, 0, 0, 0};
        assertThrows(MalformedDataException.class,
                () -> new CdrInput().wrap(hugeSequence, 0, 8, XcdrVersion.XCDR2, LE).readSequenceLength(1));
    }

    @Test
    void limitsConfineNestedReads() {
        byte[] bytes = new byte[16];
        CdrInput in = new CdrInput().wrap(bytes, 0, 16, XcdrVersion.XCDR2, LE);
        int saved = in.pushLimit(4);
        in.readInt();
        assertThrows(MalformedDataException.class, in::readInt);
        in.popLimit(saved);
        in.readInt();
        assertThrows(MalformedDataException.class, () -> in.pushLimit(17));
        assertThrows(MalformedDataException.class, () -> in.position(17));
    }

    @Test
    void wrapEncapsulatedTakesVersionAndOrderFromTheHeader() {
        byte[] payload = {0x00, 0x0a, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07};
        CdrInput in = new CdrInput().wrapEncapsulated(payload, 0, payload.length);
        assertEquals(XcdrVersion.XCDR2, in.version());
        assertEquals(BE, in.order());
        assertEquals(7, in.readInt());
        byte[] unknown = {0x00, 0x04, 0, 0};
        assertThrows(MalformedDataException.class, () -> new CdrInput().wrapEncapsulated(unknown, 0, 4));
    }
}
