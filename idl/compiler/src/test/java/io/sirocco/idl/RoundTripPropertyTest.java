package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MalformedDataException;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.testing.CompiledIdl;
import io.sirocco.idl.testing.JavaValues;
import io.sirocco.idl.testing.ValueGenerator;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over every struct and union of the IDL corpora, with seeded random values: each
 * value survives serialize/deserialize in XCDR1 and XCDR2, both byte orders, into a fresh sample and
 * into one that held another value; copies and keys behave; and truncated or corrupted input only
 * ever raises {@link MalformedDataException}.
 */
class RoundTripPropertyTest {
    private static final int VALUES = 40;
    private static final List<XcdrVersion> VERSIONS = List.of(XcdrVersion.XCDR1, XcdrVersion.XCDR2);
    private static final List<ByteOrder> ORDERS = List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN);

    static Stream<Arguments> types() {
        return Stream.of("corpus", "extra").flatMap(folder -> CompiledIdl.folder(folder).aggregates().stream()
                .map(d -> Arguments.of(folder, d.scopedName())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("types")
    void randomValuesRoundTrip(String folder, String type) {
        CompiledIdl compiled = CompiledIdl.folder(folder);
        Declaration d = compiled.declaration(type);
        TypeCodec<Object> codec = compiled.codec(d);
        JavaValues java = new JavaValues(compiled);
        ValueGenerator values = ValueGenerator.seeded(type.hashCode() ^ 0x5EED);
        Object previous = codec.newSample();
        CdrOutput out = new CdrOutput(16);
        CdrInput in = new CdrInput();
        for (int i = 0; i < VALUES; i++) {
            Object sample = java.toJava(values.next((IdlType) d), (IdlType) d);
            for (XcdrVersion v : VERSIONS) {
                for (ByteOrder o : ORDERS) {
                    codec.serialize(sample, out.reset(v, o));
                    byte[] bytes = out.toByteArray();
                    Object fresh = codec.newSample();
                    codec.deserialize(in.wrap(bytes, 0, bytes.length, v, o), fresh);
                    assertEquals(sample, fresh, v + " " + o);
                    assertEquals(bytes.length, in.position(), "the whole body is read");
                    codec.deserialize(in.wrap(bytes, 0, bytes.length, v, o), previous);
                    assertEquals(sample, previous, "decoding over a previous sample, " + v + " " + o);
                    if (i < 8) {
                        truncationsAreMalformed(codec, bytes, v, o);
                    }
                    keyRoundTrip(codec, sample, v, o);
                }
            }
            Object copy = codec.newSample();
            codec.copy(sample, copy);
            assertEquals(sample, copy);
            codec.copy(sample, previous);
            assertEquals(sample, previous);
            assertTrue(codec.keyEquals(sample, copy));
            assertEquals(codec.keyHashCode(sample), codec.keyHashCode(copy));
            Object keyOnly = codec.newSample();
            codec.copyKey(sample, keyOnly);
            assertTrue(codec.keyEquals(sample, keyOnly));
            byte[] h1 = new byte[16];
            byte[] h2 = new byte[16];
            codec.keyHash(sample, h1);
            codec.keyHash(keyOnly, h2);
            assertArrayEquals(h1, h2, "the key hash depends on the key only");
            previous = java.toJava(values.next((IdlType) d), (IdlType) d);
        }
    }

    private static void keyRoundTrip(TypeCodec<Object> codec, Object sample, XcdrVersion v, ByteOrder o) {
        CdrOutput out = new CdrOutput(16).reset(v, o);
        codec.serializeKey(sample, out);
        byte[] key = out.toByteArray();
        Object target = codec.newSample();
        CdrInput in = new CdrInput().wrap(key, 0, key.length, v, o);
        codec.deserializeKey(in, target);
        assertEquals(key.length, in.position());
        assertTrue(codec.keyEquals(sample, target), "serialized key round trip, " + v + " " + o);
    }

    private static void truncationsAreMalformed(TypeCodec<Object> codec, byte[] bytes, XcdrVersion v, ByteOrder o) {
        int step = bytes.length <= 64 ? 1 : 1 + bytes.length / 48;
        for (int n = 0; n < bytes.length; n += step) {
            byte[] cut = Arrays.copyOf(bytes, n);
            try {
                codec.deserialize(new CdrInput().wrap(cut, 0, n, v, o), codec.newSample());
                fail("a body cut to " + n + " of " + bytes.length + " bytes was accepted (" + v + " " + o + ")");
            } catch (MalformedDataException expected) {
                // the only acceptable failure
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("types")
    void corruptedInputOnlyEverFailsAsMalformed(String folder, String type) {
        CompiledIdl compiled = CompiledIdl.folder(folder);
        Declaration d = compiled.declaration(type);
        TypeCodec<Object> codec = compiled.codec(d);
        JavaValues java = new JavaValues(compiled);
        ValueGenerator values = ValueGenerator.seeded(type.hashCode());
        Random random = new Random(type.hashCode());
        for (int i = 0; i < 10; i++) {
            Object sample = java.toJava(values.next((IdlType) d), (IdlType) d);
            for (XcdrVersion v : VERSIONS) {
                CdrOutput out = new CdrOutput().reset(v, ByteOrder.LITTLE_ENDIAN);
                codec.serialize(sample, out);
                byte[] bytes = out.toByteArray();
                for (int k = 0; k < 40 && bytes.length > 0; k++) {
                    byte[] bad = bytes.clone();
                    for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                        bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
                    }
                    try {
                        codec.deserialize(new CdrInput().wrap(bad, 0, bad.length, v, ByteOrder.LITTLE_ENDIAN),
                                codec.newSample());
                    } catch (MalformedDataException expected) {
                        // fine: rejected
                    } catch (RuntimeException | OutOfMemoryError e) {
                        throw new AssertionError("corrupted " + v + " input raised " + e + " instead of "
                                + "MalformedDataException", e);
                    }
                }
            }
        }
    }
}
