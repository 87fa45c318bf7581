package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.pojo.PojoCodec;
import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.testing.CompiledIdl;
import io.sirocco.idl.testing.JavaValues;
import io.sirocco.idl.testing.ValueGenerator;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated codec and dcps-core's reflective {@link PojoCodec}, applied to the same generated
 * class, write the same bytes (XCDR1 and XCDR2, both byte orders), the same serialized keys (the key
 * holder: key members by member id, nested keys flattened, no headers, as Cyclone DDS writes them)
 * and the same key hashes. This
 * covers every struct whose members the {@code org.omg.dds.type} annotations on generated fields can
 * describe to the reflective codec (no unions, no sequences of arrays or arrays of sequences, no
 * collections of bitmasks, which are Java primitive arrays and so carry no DHEADER for PojoCodec).
 */
class PojoAgreementTest {

    static Stream<Arguments> types() {
        return Stream.of("corpus", "extra").flatMap(folder -> CompiledIdl.folder(folder).aggregates().stream()
                .filter(d -> d instanceof StructType s && describable(s, new HashSet<>()))
                .map(d -> Arguments.of(folder, d.scopedName())));
    }

    /** Whether the annotations of the generated class tell PojoCodec everything about {@code s}. */
    private static boolean describable(StructType s, Set<StructType> seen) {
        if (!seen.add(s)) {
            return false; // recursive types are rejected by PojoCodec
        }
        for (Field f : s.allFields()) {
            if (!describable(f.type(), seen, true)) {
                return false;
            }
        }
        seen.remove(s);
        return true;
    }

    private static boolean describable(IdlType t, Set<StructType> seen, boolean top) {
        return switch (t) {
            case PrimitiveType p -> true;
            case EnumType e -> true;
            case BitmaskType b -> top; // in a collection, a bitmask looks like a primitive array to PojoCodec
            case StringType s -> top || (!s.wide() && !s.isBounded());
            case StructType s -> describable(s, seen);
            case SequenceType s -> !(s.element() instanceof ArrayType) && !(s.element() instanceof SequenceType q
                    && (q.isBounded() || !describable(q, seen, false))) && describable(s.element(), seen, false);
            case ArrayType a -> !(a.element() instanceof SequenceType) && describable(a.element(), seen, false);
            default -> false;
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("types")
    void reflectiveAndGeneratedCodecsWriteTheSameBytes(String folder, String type) {
        CompiledIdl compiled = CompiledIdl.folder(folder);
        Declaration d = compiled.declaration(type);
        TypeCodec<Object> generated = compiled.codec(d);
        @SuppressWarnings("unchecked")
        PojoCodec<Object> reflective = (PojoCodec<Object>) PojoCodec.of(compiled.javaClass(d));
        assertTrue(generated.getClass().getSimpleName().endsWith("Codec") && !(generated instanceof PojoCodec));
        JavaValues java = new JavaValues(compiled);
        ValueGenerator values = ValueGenerator.seeded(type.hashCode() + 17);
        for (int i = 0; i < 25; i++) {
            Object sample = java.toJava(i == 0 ? ValueGenerator.defaults((IdlType) d) : values.next((IdlType) d),
                    (IdlType) d);
            for (XcdrVersion v : List.of(XcdrVersion.XCDR1, XcdrVersion.XCDR2)) {
                for (ByteOrder o : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                    CdrOutput a = new CdrOutput().reset(v, o);
                    CdrOutput b = new CdrOutput().reset(v, o);
                    generated.serialize(sample, a);
                    reflective.serialize(sample, b);
                    assertArrayEquals(b.toByteArray(), a.toByteArray(), type + " " + v + " " + o + " " + sample);
                    CdrOutput ka = new CdrOutput().reset(v, o);
                    CdrOutput kb = new CdrOutput().reset(v, o);
                    generated.serializeKey(sample, ka);
                    reflective.serializeKey(sample, kb);
                    assertArrayEquals(kb.toByteArray(), ka.toByteArray(), "key of " + type + " " + v + " " + o);
                }
            }
            byte[] ha = new byte[16];
            byte[] hb = new byte[16];
            generated.keyHash(sample, ha);
            reflective.keyHash(sample, hb);
            assertArrayEquals(hb, ha, "key hash of " + sample);
        }
    }
}
