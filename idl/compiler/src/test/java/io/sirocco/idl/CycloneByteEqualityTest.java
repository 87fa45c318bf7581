package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.Encapsulation;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.testing.CompiledIdl;
import io.sirocco.idl.testing.CycloneHarness;
import io.sirocco.idl.testing.JavaValues;
import io.sirocco.idl.testing.Value;
import io.sirocco.idl.testing.ValueGenerator;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Byte-for-byte equality with Cyclone DDS 0.10: every struct and union of the IDL corpus
 * ({@code src/test/resources/corpus}) is compiled by sirocco-idl and by Cyclone's {@code idlc}; the
 * same values (the default sample and seeded random ones) are serialized by the generated codecs and
 * by Cyclone's serdata path (as {@code dds_write} does). The payloads (encapsulation header, XCDR1 and
 * XCDR2 little-endian body, padding), the key hashes and the serialized keys must be identical, and
 * the generated codec must read Cyclone's bytes back into an equal sample. Skipped, with the reason,
 * when {@code idlc}, {@code gcc} or {@code libddsc} is missing.
 */
class CycloneByteEqualityTest {
    private static final int RANDOM_SAMPLES = 10;

    @Test
    void generatedCodecsWriteWhatCycloneWrites() throws Exception {
        String missing = CycloneHarness.unavailable();
        Assumptions.assumeTrue(missing == null, "Cyclone DDS byte-equality test skipped: " + missing);

        CompiledIdl compiled = CompiledIdl.folder("corpus");
        JavaValues java = new JavaValues(compiled);
        List<CycloneHarness.Entry> entries = new ArrayList<>();
        for (Declaration d : compiled.aggregates()) {
            List<Value> samples = new ArrayList<>();
            samples.add(ValueGenerator.defaults((IdlType) d));
            ValueGenerator random = ValueGenerator.seeded(d.scopedName().hashCode() * 31L + 7);
            for (int i = 0; i < RANDOM_SAMPLES; i++) {
                samples.add(random.next((IdlType) d));
            }
            entries.add(new CycloneHarness.Entry(d, samples));
        }
        Path work = Files.createTempDirectory("sirocco-idl-cyclone");
        Path corpus = CompiledIdl.resource("corpus");
        CycloneHarness.Output out = CycloneHarness.run(CompiledIdl.idlFiles("corpus"), corpus, entries, work);
        assertEquals(List.of(), out.errors(), "Cyclone harness errors");

        List<String> problems = new ArrayList<>();
        int compared = 0;
        int xcdr1Types = 0;
        int actualSizeKeyHashes = 0;
        for (CycloneHarness.Entry e : entries) {
            String name = e.type().scopedName();
            TypeCodec<Object> codec = compiled.codec(e.type());
            boolean x1 = out.get(name, 0, "x1") != null;
            xcdr1Types += x1 ? 1 : 0;
            for (int i = 0; i < e.samples().size(); i++) {
                Object sample = java.toJava(e.samples().get(i), (IdlType) e.type());
                String where = name + " sample " + i;
                for (XcdrVersion v : x1 ? List.of(XcdrVersion.XCDR1, XcdrVersion.XCDR2) : List.of(XcdrVersion.XCDR2)) {
                    byte[] cyclone = out.get(name, i, v == XcdrVersion.XCDR1 ? "x1" : "x2");
                    if (cyclone == null) {
                        problems.add(where + " " + v + ": no output from Cyclone");
                        continue;
                    }
                    compare(problems, where + " " + v, cyclone, payload(codec, sample, v, false));
                    compared++;
                    Object back = codec.newSample();
                    try {
                        codec.deserialize(new CdrInput().wrapEncapsulated(cyclone, 0, cyclone.length), back);
                        if (!sample.equals(back)) {
                            problems.add(where + " " + v + ": reading Cyclone's bytes gives " + back + ", not " + sample);
                        }
                    } catch (RuntimeException ex) {
                        problems.add(where + " " + v + ": reading Cyclone's bytes fails: " + ex);
                    }
                }
                byte[] kh = new byte[16];
                codec.keyHash(sample, kh);
                byte[] cycloneKh = out.get(name, i, "kh");
                if (cycloneKh != null && !Arrays.equals(cycloneKh, kh) && cycloneUsesActualKeySize(codec, sample, cycloneKh)) {
                    actualSizeKeyHashes++;
                } else {
                    compare(problems, where + " key hash", cycloneKh, kh);
                }
                compare(problems, where + " serialized key (XCDR2)", out.get(name, i, "key2"),
                        payload(codec, sample, XcdrVersion.XCDR2, true));
                if (x1) {
                    compare(problems, where + " serialized key (XCDR1)", out.get(name, i, "key1"),
                            payload(codec, sample, XcdrVersion.XCDR1, true));
                }
            }
        }
        System.out.printf("Cyclone byte equality: %d types, %d samples each, %d payloads compared "
                + "(%d types also in XCDR1), %d key hashes where Cyclone did not digest a variable-size key "
                + "of at most 16 bytes, %d problems%n", entries.size(), RANDOM_SAMPLES + 1, compared, xcdr1Types,
                actualSizeKeyHashes, problems.size());
        if (!problems.isEmpty()) {
            Files.write(work.resolve("problems.txt"), problems);
            System.out.println("all differences: " + work.resolve("problems.txt"));
        }
        assertTrue(problems.isEmpty(), problems.size() + " differences from Cyclone DDS:\n"
                + String.join("\n", problems.subList(0, Math.min(60, problems.size()))));
    }

    /**
     * Cyclone DDS 0.10 decides between the raw key and its MD5 digest by the size of this sample's key,
     * where DDS-XTypes 7.6.8 and RTPS 9.6.4.8 (and Sirocco, Fast DDS, Connext) use the largest size the
     * key type can have: a string key of "ab" is digested by Sirocco, not by Cyclone. This checks that a
     * difference is exactly that: Cyclone's hash is our key holder, zero-padded, and the holder fits 16
     * bytes while the key type does not. Any other difference is a real one.
     */
    private static boolean cycloneUsesActualKeySize(TypeCodec<Object> codec, Object sample, byte[] cycloneKh) {
        CdrOutput holder = new CdrOutput().reset(XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN);
        codec.serializeKey(sample, holder);
        byte[] raw = Arrays.copyOf(holder.toByteArray(), 16);
        return holder.size() <= 16 && Arrays.equals(raw, cycloneKh) && keyHashIsDigest(codec);
    }

    private static boolean keyHashIsDigest(TypeCodec<Object> codec) {
        try {
            return codec.getClass().getField("KEY_HASH_IS_DIGEST").getBoolean(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload a writer would send: encapsulation header, body, padding to a multiple of 4. */
    static byte[] payload(TypeCodec<Object> codec, Object sample, XcdrVersion v, boolean key) {
        CdrOutput out = new CdrOutput().reset(v, ByteOrder.LITTLE_ENDIAN, Encapsulation.HEADER_SIZE);
        if (key) {
            codec.serializeKey(sample, out);
        } else {
            codec.serialize(sample, out);
        }
        int pad = out.padToMultipleOf4();
        Encapsulation.writeHeader(out.buffer(), 0, codec.encapsulationId(v, ByteOrder.LITTLE_ENDIAN), pad);
        return Arrays.copyOfRange(out.buffer(), 0, out.position());
    }

    private static void compare(List<String> problems, String where, byte[] cyclone, byte[] sirocco) {
        if (cyclone == null) {
            problems.add(where + ": no output from Cyclone");
        } else if (!Arrays.equals(cyclone, sirocco)) {
            problems.add(where + ":\n    cyclone " + HexFormat.of().formatHex(cyclone) + "\n    sirocco "
                    + HexFormat.of().formatHex(sirocco));
        }
    }
}
