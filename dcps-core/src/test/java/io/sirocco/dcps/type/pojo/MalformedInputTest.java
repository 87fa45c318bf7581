package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.MalformedDataException;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.testtypes.RichAppendable;
import io.sirocco.dcps.type.testtypes.RichFields;
import io.sirocco.dcps.type.testtypes.RichFinal;
import io.sirocco.dcps.type.testtypes.RichMutable;
import io.sirocco.dcps.type.testtypes.Samples;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding untrusted bytes: truncated and randomly corrupted encodings (seeded, reproducible) either
 * decode or raise {@link MalformedDataException} — no other exception, no huge allocation, no hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MalformedInputTest {
    private static final int MUTATIONS = 3000;

    static Stream<Arguments> encodings() {
        List<Arguments> args = new ArrayList<>();
        for (Class<?> type : List.of(RichFinal.class, RichAppendable.class, RichMutable.class,
                GeneratedBodyTest.WideFinal.class, GeneratedBodyTest.WideAppendable.class)) {
            for (XcdrVersion v : XcdrVersion.values()) {
                for (ByteOrder o : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                    args.add(Arguments.of(type, v, o, false));
                    args.add(Arguments.of(type, v, o, true));
                }
            }
        }
        return args.stream();
    }

    private static <T> byte[] encode(TypeCodec<T> codec, XcdrVersion v, ByteOrder o, boolean keyOnly) {
        T sample = codec.newSample();
        if (sample instanceof RichFields r) {
            Samples.fill(r, 5);
        }
        CdrOutput out = new CdrOutput().reset(v, o);
        if (keyOnly) {
            codec.serializeKey(sample, out);
        } else {
            codec.serialize(sample, out);
        }
        return out.toByteArray();
    }

    private static <T> void decode(TypeCodec<T> codec, byte[] bytes, int length, XcdrVersion v, ByteOrder o,
            boolean keyOnly, T target) {
        CdrInput in = new CdrInput().wrap(bytes, 0, length, v, o);
        if (keyOnly) {
            codec.deserializeKey(in, target);
        } else {
            codec.deserialize(in, target);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} keyOnly={3}")
    @MethodSource("encodings")
    <T> void everyTruncationIsMalformed(Class<T> type, XcdrVersion v, ByteOrder o, boolean keyOnly) {
        PojoCodec<T> codec = PojoCodec.of(type);
        byte[] bytes = encode(codec, v, o, keyOnly);
        for (int n = 0; n < bytes.length; n++) {
            int length = n;
            assertThrows(MalformedDataException.class,
                    () -> decode(codec, bytes, length, v, o, keyOnly, codec.newSample()), "truncated to " + n);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} keyOnly={3}")
    @MethodSource("encodings")
    <T> void randomCorruptionOnlyEverRaisesMalformedData(Class<T> type, XcdrVersion v, ByteOrder o,
            boolean keyOnly) {
        PojoCodec<T> codec = PojoCodec.of(type);
        byte[] valid = encode(codec, v, o, keyOnly);
        long seed = type.getName().hashCode() * 31L + v.ordinal() * 7L + (o == ByteOrder.BIG_ENDIAN ? 1 : 0) + (keyOnly ? 100 : 0);
        Random rnd = new Random(seed);
        T target = codec.newSample();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] bytes = valid.clone();
            int edits = 1 + rnd.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = rnd.nextInt(bytes.length);
                switch (rnd.nextInt(4)) {
                    case 0 -> bytes[at] = (byte) rnd.nextInt();
                    case 1 -> bytes[at] = (byte) 0xFF;
                    case 2 -> bytes[at] ^= (byte) (1 << rnd.nextInt(8));
                    default -> bytes[at] = 0;
                }
            }
            int length = rnd.nextInt(8) == 0 ? rnd.nextInt(bytes.length + 1) : bytes.length;
            tryDecode(codec, bytes, length, v, o, keyOnly, rnd.nextBoolean() ? target : codec.newSample(),
                    "seed " + seed + " iteration " + i);
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} keyOnly={3}")
    @MethodSource("encodings")
    <T> void forgedLengthsFailWithoutHugeAllocations(Class<T> type, XcdrVersion v, ByteOrder o,
            boolean keyOnly) {
        PojoCodec<T> codec = PojoCodec.of(type);
        byte[] valid = encode(codec, v, o, keyOnly);
        int[] forged = {0x7FFF_FFFF, 0xFFFF_FFF0, 0x8000_0000, 0x0100_0000, 0x0000_FFFF};
        for (int at = 0; at + 4 <= valid.length; at += 2) {
            for (int value : forged) {
                byte[] bytes = valid.clone();
                for (int k = 0; k < 4; k++) {
                    bytes[at + k] = (byte) (value >>> (o == ByteOrder.BIG_ENDIAN ? 24 - 8 * k : 8 * k));
                }
                tryDecode(codec, bytes, bytes.length, v, o, keyOnly, codec.newSample(), "0x" + Integer.toHexString(value) + " at " + at);
            }
        }
    }

    private static <T> void tryDecode(TypeCodec<T> codec, byte[] bytes, int length, XcdrVersion v, ByteOrder o,
            boolean keyOnly, T target, String what) {
        try {
            decode(codec, bytes, length, v, o, keyOnly, target);
        } catch (MalformedDataException expected) {
            // the only acceptable failure
        } catch (Throwable t) {
            AssertionError e = new AssertionError(what + ": " + t, t);
            fail(e);
        }
    }
}
