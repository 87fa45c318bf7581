package io.sirocco.dcps.type.pojo;

import static io.sirocco.dcps.type.testtypes.DeepEquals.assertDeepEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.TypeExtensibility;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.testtypes.RichAppendable;
import io.sirocco.dcps.type.testtypes.RichFields;
import io.sirocco.dcps.type.testtypes.RichFinal;
import io.sirocco.dcps.type.testtypes.RichMutable;
import io.sirocco.dcps.type.testtypes.Samples;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PojoRoundTripTest {

    static Stream<Arguments> variants() {
        List<Arguments> args = new ArrayList<>();
        for (Class<? extends RichFields> type : List.of(RichFinal.class, RichAppendable.class, RichMutable.class)) {
            for (XcdrVersion v : XcdrVersion.values()) {
                for (ByteOrder o : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                    for (boolean generated : List.of(true, false)) {
                        args.add(Arguments.of(type, v, o, generated));
                    }
                }
            }
        }
        return args.stream();
    }

    private static <T extends RichFields> byte[] encode(PojoCodec<T> codec, T sample, XcdrVersion v, ByteOrder o) {
        CdrOutput out = new CdrOutput(16).reset(v, o);
        codec.serialize(sample, out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0} {1} {2} generated={3}")
    @MethodSource("variants")
    <T extends RichFields> void everyMemberKindSurvivesARoundTrip(Class<T> type, XcdrVersion v, ByteOrder o, boolean generated) {
        PojoCodec<T> codec = PojoCodec.uncached(type, generated);
        assertEquals(generated, codec.usesGeneratedAccess());
        for (long seed = 1; seed <= 4; seed++) {
            T sample = Samples.fill(codec.newSample(), seed);
            byte[] bytes = encode(codec, sample, v, o);
            T decoded = codec.newSample();
            codec.deserialize(new CdrInput().wrap(bytes, 0, bytes.length, v, o), decoded);
            assertDeepEquals(sample, decoded);
            // decoding again into the same (now equal) target gives the same bytes and keeps strings
            String name = decoded.name;
            codec.deserialize(new CdrInput().wrap(bytes, 0, bytes.length, v, o), decoded);
            assertSame(name, decoded.name, "an equal string is kept, not reallocated");
            assertArrayEquals(bytes, encode(codec, decoded, v, o));
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} generated={3}")
    @MethodSource("variants")
    <T extends RichFields> void keysAloneSurviveARoundTrip(Class<T> type, XcdrVersion v, ByteOrder o, boolean generated) {
        PojoCodec<T> codec = PojoCodec.uncached(type, generated);
        T sample = Samples.fill(codec.newSample(), 7);
        CdrOutput out = new CdrOutput().reset(v, o);
        codec.serializeKey(sample, out);
        byte[] key = out.toByteArray();
        T decoded = codec.newSample();
        codec.deserializeKey(new CdrInput().wrap(key, 0, key.length, v, o), decoded);
        assertTrue(codec.keyEquals(sample, decoded));
        assertEquals(codec.keyHashCode(sample), codec.keyHashCode(decoded));
        assertEquals(0, decoded.i32, "non-key members are untouched");
        byte[] h1 = new byte[16];
        byte[] h2 = new byte[16];
        codec.keyHash(sample, h1);
        codec.keyHash(decoded, h2);
        assertArrayEquals(h1, h2);
    }

    @ParameterizedTest(name = "{0} {1} {2} generated={3}")
    @MethodSource("variants")
    <T extends RichFields> void absentOptionalsAndNullsDecodeAsAbsentAndDefaults(Class<T> type, XcdrVersion v, ByteOrder o,
            boolean generated) {
        PojoCodec<T> codec = PojoCodec.uncached(type, generated);
        T sample = codec.newSample();
        sample.name = null;      // written as ""
        sample.tags = null;      // written as empty
        sample.fixedInts = null; // written as the default array
        byte[] bytes = encode(codec, sample, v, o);
        T decoded = Samples.fill(codec.newSample(), 3);
        codec.deserialize(new CdrInput().wrap(bytes, 0, bytes.length, v, o), decoded);
        assertEquals("", decoded.name);
        assertEquals(List.of(), decoded.tags);
        assertArrayEquals(new int[3], decoded.fixedInts);
        assertNull(decoded.maybeInt);
        assertNull(decoded.maybeText);
        assertNull(decoded.maybePoint);
        assertEquals(0L, decoded.boxedLong);
    }

    @ParameterizedTest(name = "{0} {1} {2} generated={3}")
    @MethodSource("variants")
    <T extends RichFields> void copyIsDeepAndReusesTargetArrays(Class<T> type, XcdrVersion v, ByteOrder o, boolean generated) {
        PojoCodec<T> codec = PojoCodec.uncached(type, generated);
        T source = Samples.fill(codec.newSample(), 11);
        T target = Samples.fill(codec.newSample(), 12);
        int[] targetInts = target.ints;
        codec.copy(source, target);
        assertDeepEquals(source, target);
        assertSame(targetInts, target.ints, "equal-length array reused");
        assertTrue(source.points.get(0) != target.points.get(0), "nested structs copied, not shared");
        source.ints[0]++;
        assertEquals(source.ints[0] - 1, target.ints[0]);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    <T extends RichFields> void newSampleHasNoNullsButOptionals(Class<T> type, XcdrVersion v, ByteOrder o, boolean generated) {
        PojoCodec<T> codec = PojoCodec.uncached(type, generated);
        T s = codec.newSample();
        assertEquals("", s.name);
        assertEquals(0, s.where.x);
        assertEquals(0, s.ints.length);
        assertEquals(3, s.fixedInts.length);
        assertEquals(2, s.matrix.length);
        assertEquals(3, s.matrix[1].length);
        assertEquals("", s.fixedNames[1]);
        assertSame(io.sirocco.dcps.type.testtypes.Color.RED, s.color);
        assertEquals(0L, s.boxedLong);
        assertNull(s.maybeInt);
        assertEquals(type == RichFinal.class ? TypeExtensibility.FINAL
                : type == RichAppendable.class ? TypeExtensibility.APPENDABLE : TypeExtensibility.MUTABLE,
                codec.extensibility());
    }
}
