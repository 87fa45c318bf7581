package io.sirocco.dcps.type.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.TestEnvironment;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MalformedDataException;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.builtin.KeyedBytes;
import org.omg.dds.type.builtin.KeyedString;

class BuiltinCodecsTest {

    private static CdrInput in(CdrOutput out) {
        return new CdrInput().wrap(out.buffer(), out.start(), out.size(), out.version(), out.order());
    }

    @Test
    void keyedStringIsTwoCdrStrings() {
        KeyedStringSample s = new KeyedStringSample(new TestEnvironment()).setKey("k").setValue("vv");
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
        KeyedStringCodec.FOR_SAMPLES.serialize(s, out);
        assertEquals("02000000" + "6b00" + "0000" + "03000000" + "767600", HexFormat.of().formatHex(out.toByteArray()));
        KeyedString target = KeyedStringCodec.FOR_API_TYPE.newSample();
        KeyedStringCodec.FOR_API_TYPE.deserialize(in(out), target);
        assertEquals("k", target.getKey());
        assertEquals("vv", target.getValue());
        assertEquals("DDS::KeyedString", KeyedStringCodec.FOR_API_TYPE.typeName());
    }

    @Test
    void keyedStringKeyHashIsMd5OfTheKeyString() throws Exception {
        KeyedStringSample s = new KeyedStringSample(null).setKey("hi");
        byte[] hash = new byte[16];
        KeyedStringCodec.FOR_SAMPLES.keyHash(s, hash);
        byte[] expected = MessageDigest.getInstance("MD5").digest(HexFormat.of().parseHex("00000003" + "686900"));
        assertArrayEquals(expected, hash);
    }

    @Test
    void keyedBytesIsStringAndOctetSequenceAndReusesArrays() {
        KeyedBytesSample s = new KeyedBytesSample(null).setKey("k").setValue(new byte[] {1, 2, 3});
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR1, ByteOrder.BIG_ENDIAN);
        KeyedBytesCodec.FOR_SAMPLES.serialize(s, out);
        assertEquals("00000002" + "6b00" + "0000" + "00000003" + "010203", HexFormat.of().formatHex(out.toByteArray()));
        KeyedBytesSample target = new KeyedBytesSample(null).setValue(new byte[3]);
        byte[] array = target.getValue();
        KeyedBytesCodec.FOR_SAMPLES.deserialize(in(out), target);
        assertSame(array, target.getValue());
        assertArrayEquals(new byte[] {1, 2, 3}, target.getValue());
        assertEquals("DDS::KeyedBytes", KeyedBytesCodec.FOR_API_TYPE.typeName());
        KeyedBytes viaApi = KeyedBytesCodec.FOR_API_TYPE.newSample();
        KeyedBytesCodec.FOR_API_TYPE.deserialize(in(out), viaApi);
        assertEquals(s, viaApi);
    }

    @Test
    void samplesCopyAndCompareByKey() {
        KeyedStringSample a = new KeyedStringSample(null).setKey("same").setValue("a");
        KeyedStringSample b = new KeyedStringSample(null).setKey("same").setValue("b");
        assertTrue(KeyedStringCodec.FOR_SAMPLES.keyEquals(a, b));
        KeyedStringCodec.FOR_SAMPLES.copy(a, b);
        assertEquals(a, b);
        KeyedBytesSample c = new KeyedBytesSample(null).setKey("x").setValue(new byte[] {9});
        KeyedBytesSample d = c.clone();
        assertEquals(c, d);
        d.getValue()[0] = 8;
        assertEquals(9, c.getValue()[0], "clones share nothing");
    }

    @Test
    void corruptBuiltinPayloadsRaiseMalformedData() {
        KeyedBytesSample s = new KeyedBytesSample(null).setKey("key").setValue(new byte[40]);
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
        KeyedBytesCodec.FOR_SAMPLES.serialize(s, out);
        byte[] valid = out.toByteArray();
        Random rnd = new Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] b = valid.clone();
            b[rnd.nextInt(b.length)] = (byte) rnd.nextInt();
            int len = rnd.nextInt(b.length + 1);
            try {
                KeyedBytesCodec.FOR_SAMPLES.deserialize(
                        new CdrInput().wrap(b, 0, len, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN), new KeyedBytesSample(null));
                KeyedStringCodec.FOR_SAMPLES.deserialize(
                        new CdrInput().wrap(b, 0, len, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN), new KeyedStringSample(null));
            } catch (MalformedDataException expected) {
                // fine
            }
        }
        assertThrows(MalformedDataException.class, () -> KeyedBytesCodec.FOR_SAMPLES.deserialize(
                new CdrInput().wrap(valid, 0, 10, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN), new KeyedBytesSample(null)));
    }
}
