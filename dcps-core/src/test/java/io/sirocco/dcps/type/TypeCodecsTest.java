package io.sirocco.dcps.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.builtin.KeyedBytesCodec;
import io.sirocco.dcps.type.builtin.KeyedBytesSample;
import io.sirocco.dcps.type.builtin.KeyedStringCodec;
import io.sirocco.dcps.type.builtin.KeyedStringSample;
import io.sirocco.dcps.type.kryo.KryoCodec;
import io.sirocco.dcps.type.lookup.Handwritten;
import io.sirocco.dcps.type.lookup.HandwrittenCodec;
import io.sirocco.dcps.type.lookup.Mismatched;
import io.sirocco.dcps.type.lookup.NotACodec;
import io.sirocco.dcps.type.pojo.PojoCodec;
import io.sirocco.dcps.type.pojo.InvalidTypeAnnotationException;
import io.sirocco.dcps.type.testtypes.Point;
import io.sirocco.dcps.type.testtypes.RichMutable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.Key;
import org.omg.dds.type.Optional;
import org.omg.dds.type.builtin.KeyedBytes;
import org.omg.dds.type.builtin.KeyedString;

class TypeCodecsTest {

    /** Annotated but holding a Map: Kryo, keyed by its @Key field (and a logged warning). */
    public static class AnnotatedButUnmappable {
        @Key
        public int id;
        public Map<String, String> extra;
    }

    /** Annotations wrong in themselves: an error. */
    public static class WronglyAnnotated {
        @Optional
        public int notBoxed;
    }

    public static class Unannotated {
        public int id;
        public String name;
    }

    @Test
    void builtinTypesResolveToTheirCodecs() {
        assertSame(KeyedStringCodec.FOR_API_TYPE, TypeCodecs.forClass(KeyedString.class));
        assertSame(KeyedStringCodec.FOR_SAMPLES, TypeCodecs.forClass(KeyedStringSample.class));
        assertSame(KeyedBytesCodec.FOR_API_TYPE, TypeCodecs.forClass(KeyedBytes.class));
        assertSame(KeyedBytesCodec.FOR_SAMPLES, TypeCodecs.forClass(KeyedBytesSample.class));
    }

    @Test
    void aCodecNamedAfterTheClassWinsOverReflection() {
        TypeCodec<Handwritten> codec = TypeCodecs.forClass(Handwritten.class);
        assertTrue(codec instanceof HandwrittenCodec);
        assertEquals("Custom::Handwritten", codec.typeName());
        assertEquals("Custom::Nested", TypeCodecs.forClass(Handwritten.Nested.class).typeName(),
                "nested classes: <Outer>$<Inner>Codec");
    }

    @Test
    void aCodecForAnotherClassIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeCodecs.forClass(Mismatched.class));
        assertTrue(e.getMessage().contains("MismatchedCodec"), e.getMessage());
    }

    @Test
    void aClassThatMerelyHasTheCodecNameIsIgnored() {
        assertTrue(TypeCodecs.forClass(NotACodec.class) instanceof PojoCodec);
    }

    @Test
    void mappableClassesGetPojoCodecsAndOthersKryo() {
        assertTrue(TypeCodecs.forClass(Unannotated.class) instanceof PojoCodec, "every field supported");
        assertTrue(TypeCodecs.forClass(Point.class) instanceof PojoCodec);
        assertTrue(TypeCodecs.forClass(RichMutable.class) instanceof PojoCodec);
        assertTrue(TypeCodecs.forClass(String.class) instanceof KryoCodec, "JDK classes are not structs");
        assertTrue(TypeCodecs.forClass(java.util.ArrayList.class) instanceof KryoCodec);
    }

    @Test
    void annotatedClassesWithUnmappableFieldsUseKryoWithTheirKeys() {
        TypeCodec<AnnotatedButUnmappable> codec = TypeCodecs.forClass(AnnotatedButUnmappable.class);
        assertTrue(codec instanceof KryoCodec);
        assertTrue(codec.isKeyed());
    }

    @Test
    void wrongAnnotationsAreErrors() {
        InvalidTypeAnnotationException e = assertThrows(InvalidTypeAnnotationException.class,
                () -> TypeCodecs.forClass(WronglyAnnotated.class));
        assertTrue(e.getMessage().contains("notBoxed"), e.getMessage());
    }

    @Test
    void lookupsAreCached() {
        assertSame(TypeCodecs.forClass(Unannotated.class), TypeCodecs.forClass(Unannotated.class));
    }

    @Test
    void nullPrimitiveAndArrayTypesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TypeCodecs.forClass(null));
        assertTrue(e.getMessage().contains("type"));
        assertThrows(IllegalArgumentException.class, () -> TypeCodecs.forClass(int.class));
        assertThrows(IllegalArgumentException.class, () -> TypeCodecs.forClass(int[].class));
    }
}
