package io.sirocco.dcps.type.kryo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sirocco.dcps.type.DataEncoding;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeCodecs;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MalformedDataException;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KryoCodecTest {

    /** Unmappable: a Map and an Object field. No DDS annotations. */
    public static class Inventory {
        public Map<String, Integer> counts = new HashMap<>();
        public Object anything;
        public String owner = "";
    }

    /** Unmappable but keyed. */
    public static class Keyed {
        @org.omg.dds.type.Key
        public String region;
        @org.omg.dds.type.Key
        public int shelf;
        public Map<String, List<String>> contents = new HashMap<>();

        Keyed() {
        }

        public Keyed(String region, int shelf) {
            this.region = region;
            this.shelf = shelf;
        }
    }

    public record Reading(String sensor, double value) {
    }

    private static <T> byte[] encode(TypeCodec<T> codec, T sample) {
        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
        codec.serialize(sample, out);
        return out.toByteArray();
    }

    private static CdrInput in(byte[] bytes) {
        return new CdrInput().wrap(bytes, 0, bytes.length, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void unmappableClassesFallBackToKryo() {
        TypeCodec<Inventory> codec = TypeCodecs.forClass(Inventory.class);
        assertTrue(codec instanceof KryoCodec);
        assertEquals(DataEncoding.KRYO, codec.encoding());
        assertEquals(KryoCodec.ENCAPSULATION_ID, codec.encapsulationId(XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN));
        assertFalse(codec.isKeyed());
        assertTrue(TypeCodecs.forClass(Reading.class) instanceof KryoCodec, "records go to Kryo");
    }

    @Test
    void kryoSamplesSurviveARoundTripIntoAnExistingTarget() {
        TypeCodec<Inventory> codec = TypeCodecs.forClass(Inventory.class);
        Inventory sample = new Inventory();
        sample.counts.put("apples", 3);
        sample.anything = List.of(1, "two", 3.0);
        sample.owner = "me";
        Inventory target = codec.newSample();
        codec.deserialize(in(encode(codec, sample)), target);
        assertEquals(sample.counts, target.counts);
        assertEquals(sample.anything, target.anything);
        assertEquals("me", target.owner);
    }

    @Test
    void keyFieldsDriveKeyEqualityHashAndKeyPayloads() {
        TypeCodec<Keyed> codec = TypeCodecs.forClass(Keyed.class);
        assertTrue(codec.isKeyed());
        Keyed a = new Keyed("north", 4);
        a.contents.put("x", List.of("y"));
        Keyed b = new Keyed("north", 4);
        Keyed c = new Keyed("south", 4);
        assertTrue(codec.keyEquals(a, b));
        assertFalse(codec.keyEquals(a, c));
        assertEquals(codec.keyHashCode(a), codec.keyHashCode(b));
        byte[] ha = new byte[16];
        byte[] hb = new byte[16];
        byte[] hc = new byte[16];
        codec.keyHash(a, ha);
        codec.keyHash(b, hb);
        codec.keyHash(c, hc);
        assertArrayEquals(ha, hb);
        assertFalse(java.util.Arrays.equals(ha, hc));

        CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN);
        codec.serializeKey(a, out);
        Keyed k = codec.newSample();
        codec.deserializeKey(new CdrInput().wrap(out.buffer(), 0, out.size(), XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN), k);
        assertTrue(codec.keyEquals(a, k));
        assertTrue(k.contents.isEmpty(), "only keys travel in a key payload");
    }

    @Test
    void copyIsDeep() {
        TypeCodec<Keyed> codec = TypeCodecs.forClass(Keyed.class);
        Keyed a = new Keyed("east", 1);
        a.contents.put("x", new java.util.ArrayList<>(List.of("y")));
        Keyed target = codec.newSample();
        codec.copy(a, target);
        assertEquals(a.contents, target.contents);
        assertNotSame(a.contents, target.contents);
        Keyed keyOnly = codec.newSample();
        codec.copyKey(a, keyOnly);
        assertEquals("east", keyOnly.region);
        assertEquals(1, keyOnly.shelf);
    }

    @Test
    void recordsCannotBeUpdatedInPlace() {
        TypeCodec<Reading> codec = TypeCodecs.forClass(Reading.class);
        byte[] bytes = encode(codec, new Reading("t", 1.5));
        Reading target = new Reading("old", 0);
        assertThrows(UnsupportedOperationException.class, () -> codec.deserialize(in(bytes), target));
    }

    @Test
    void corruptKryoPayloadsRaiseMalformedData() {
        TypeCodec<Inventory> codec = TypeCodecs.forClass(Inventory.class);
        Inventory sample = new Inventory();
        sample.counts.put("k", 1);
        sample.owner = "someone";
        byte[] valid = encode(codec, sample);
        for (int n = 0; n < valid.length; n++) {
            int length = n;
            assertThrows(MalformedDataException.class,
                    () -> codec.deserialize(new CdrInput().wrap(valid, 0, length, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN),
                            codec.newSample()), "truncated to " + n);
        }
        Random rnd = new Random(42);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = valid.clone();
            int at = 4 + rnd.nextInt(bytes.length - 4);
            bytes[at] = (byte) rnd.nextInt();
            try {
                codec.deserialize(in(bytes), codec.newSample());
            } catch (MalformedDataException expected) {
                // fine
            } catch (Throwable t) {
                fail("iteration " + i + ": " + t, t);
            }
        }
    }
}
