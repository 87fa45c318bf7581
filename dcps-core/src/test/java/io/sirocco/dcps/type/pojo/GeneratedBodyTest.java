package io.sirocco.dcps.type.pojo;

import static io.sirocco.dcps.type.testtypes.DeepEquals.assertDeepEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.testtypes.Color;
import io.sirocco.dcps.type.testtypes.Point;
import io.sirocco.dcps.type.testtypes.RichFinal;
import io.sirocco.dcps.type.testtypes.RichMutable;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.Extensibility;
import org.omg.dds.type.Key;
import org.omg.dds.type.SerializeAs;
import org.omg.dds.type.TypeKind;

/**
 * Generated struct bodies (FINAL and APPENDABLE types without optional members) write exactly the bytes
 * the interpreter writes, read them back, and handle appendable evolution in both directions.
 */
class GeneratedBodyTest {

    public static class WideFinal {
        @Key
        int id = 3;
        private String name = "private";
        @SerializeAs(value = TypeKind.STRING_TYPE, bound = 10)
        String bounded = "b";
        @SerializeAs(value = TypeKind.STRING_TYPE, collectionElementKind = TypeKind.CHAR_32_TYPE)
        String wide = "w\u00e9";
        boolean z = true;
        byte b = -1;
        short s = -2;
        char c = 'x';
        @SerializeAs(TypeKind.CHAR_32_TYPE)
        char wc = '\u4e2d';
        long l = Long.MAX_VALUE;
        float f = 1.5f;
        double d = -0.25;
        Color color = Color.GREEN;
        int[] ints = {1, 2, 3};
        List<Point> points = new ArrayList<>(List.of(new Point(1, 2)));
        Point at = new Point(3, 4);
        Integer boxed = 5;
    }

    @Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
    public static class WideAppendable extends WideFinal {
        String tail = "tail";
    }

    @Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
    public static class V1 {
        public int a = 1;
        public String b = "one";
    }

    @Extensibility(Extensibility.Kind.EXTENSIBLE_EXTENSIBILITY)
    public static class V2 {
        public int a = 2;
        public String b = "two";
        public double c = 2.5;
        public List<String> d = new ArrayList<>(List.of("x"));
    }

    private static <T> byte[] encode(PojoCodec<T> codec, T sample, XcdrVersion v, ByteOrder o) {
        CdrOutput out = new CdrOutput().reset(v, o);
        codec.serialize(sample, out);
        return out.toByteArray();
    }

    private static <T> T decode(PojoCodec<T> codec, byte[] bytes, XcdrVersion v, ByteOrder o, T target) {
        codec.deserialize(new CdrInput().wrap(bytes, 0, bytes.length, v, o), target);
        return target;
    }

    @Test
    void qualifyingTypesGetAGeneratedBody() {
        assertTrue(PojoCodec.uncached(WideFinal.class, true).usesGeneratedBody());
        assertTrue(PojoCodec.uncached(WideAppendable.class, true).usesGeneratedBody(), "superclass in the same package");
        assertFalse(PojoCodec.uncached(WideFinal.class, false).usesGeneratedBody());
        assertFalse(PojoCodec.of(RichFinal.class).usesGeneratedBody(), "optional members are interpreted");
        assertFalse(PojoCodec.of(RichMutable.class).usesGeneratedBody(), "mutable types are interpreted");
    }

    @Test
    void generatedAndInterpretedBodiesAgreeByteForByte() {
        for (Class<? extends WideFinal> type : List.of(WideFinal.class, WideAppendable.class)) {
            check(type);
        }
    }

    private static <T extends WideFinal> void check(Class<T> type) {
        PojoCodec<T> generated = PojoCodec.uncached(type, true);
        PojoCodec<T> interpreted = PojoCodec.uncached(type, false);
        for (XcdrVersion v : XcdrVersion.values()) {
            for (ByteOrder o : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                T sample = generated.newSample();
                ((WideFinal) sample).name = "changed";
                sample.ints = new int[] {9};
                byte[] g = encode(generated, sample, v, o);
                assertArrayEquals(encode(interpreted, sample, v, o), g, type + " " + v + " " + o);
                assertDeepEquals(sample, decode(generated, g, v, o, interpreted.newSample()));
                assertDeepEquals(sample, decode(interpreted, g, v, o, generated.newSample()));
            }
        }
    }

    @Test
    void appendableReadersDefaultWhatOlderWritersLackAndSkipWhatNewerOnesAdd() {
        for (boolean generated : new boolean[] {true, false}) {
            PojoCodec<V1> c1 = PojoCodec.uncached(V1.class, generated);
            PojoCodec<V2> c2 = PojoCodec.uncached(V2.class, generated);
            for (ByteOrder o : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
                V2 fromOld = decode(c2, encode(c1, new V1(), XcdrVersion.XCDR2, o), XcdrVersion.XCDR2, o, new V2());
                assertEquals(1, fromOld.a);
                assertEquals("one", fromOld.b);
                assertEquals(0.0, fromOld.c, "missing members get their defaults");
                assertEquals(List.of(), fromOld.d);

                V1 fromNew = decode(c1, encode(c2, new V2(), XcdrVersion.XCDR2, o), XcdrVersion.XCDR2, o, new V1());
                assertEquals(2, fromNew.a);
                assertEquals("two", fromNew.b);
            }
        }
    }
}
