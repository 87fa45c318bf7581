package io.sirocco.dcps.type.pojo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.testtypes.PrivateBase;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.omg.dds.type.ID;
import org.omg.dds.type.Key;
import org.omg.dds.type.Nested;
import org.omg.dds.type.Optional;

/** Which classes get the XCDR codec, and the errors for annotated classes that cannot have it. */
class MappabilityTest {

    public static class AllSupported {
        private int a;
        String b;
        protected List<String> c;
        static int ignoredStatic;
        transient Object ignoredTransient;
    }

    @Nested
    public static class OnlyAnnotated {
        public int x;
    }

    public static class HasObject {
        public Object o;
    }

    public static class HasMap {
        public Map<String, String> m;
    }

    public static class HasFinal {
        public final int x = 1;
    }

    public static class NoDefaultConstructor {
        public int x;

        public NoDefaultConstructor(int x) {
            this.x = x;
        }
    }

    public static class Node {
        public int value;
        public Node next;
    }

    public static class RawList {
        @SuppressWarnings("rawtypes")
        public List raw;
    }

    public class Inner {
        public int x;
    }

    public record Rec(int x) {
    }

    public static class OptionalPrimitive {
        @Optional
        public int x;
    }

    public static class DuplicateIds {
        @ID(3)
        public int a;
        @ID(3)
        public int b;
    }

    public static class OptionalKey {
        @Key
        @Optional
        public Integer k;
    }

    public static class AnnotatedRecursive {
        @Key
        public int id;
        public AnnotatedRecursive child;
    }

    public static class Derived extends PrivateBase {
        private double own = 1.5;
    }

    private static class PrivateEverything {
        private long secret;

        private PrivateEverything() {
        }
    }

    @Test
    void classesWithOnlySupportedFieldsAreMappable() {
        assertTrue(PojoCodec.isMappable(AllSupported.class));
        assertArrayEquals(new String[] {"a", "b", "c"}, PojoCodec.of(AllSupported.class).memberNames(),
                "static and transient fields are not members");
        assertTrue(PojoCodec.isMappable(OnlyAnnotated.class));
        assertTrue(PojoCodec.isMappable(PrivateEverything.class));
    }

    @Test
    void classesWithUnsupportedShapesOrFieldsAreNot() {
        for (Class<?> c : List.of(HasObject.class, HasMap.class, HasFinal.class, NoDefaultConstructor.class, Node.class,
                RawList.class, Inner.class, Rec.class, Runnable.class, String.class, Thread.State.class)) {
            assertFalse(PojoCodec.isMappable(c), c.getName());
        }
    }

    @Test
    void wrongAnnotationsAreErrorsThatExplainWhy() {
        for (Class<?> c : List.of(OptionalPrimitive.class, DuplicateIds.class, OptionalKey.class)) {
            InvalidTypeAnnotationException e = assertThrows(InvalidTypeAnnotationException.class, () -> PojoCodec.of(c));
            assertFalse(e.getMessage().isBlank());
            assertThrows(InvalidTypeAnnotationException.class, () -> PojoCodec.isMappable(c));
        }
        assertTrue(assertThrows(InvalidTypeAnnotationException.class, () -> PojoCodec.of(OptionalPrimitive.class))
                .getMessage().contains("boxed"));
    }

    @Test
    void annotatedClassesThatXcdrCannotRepresentAreNotMappable() {
        assertFalse(PojoCodec.isMappable(AnnotatedRecursive.class));
        assertTrue(assertThrows(UnsupportedTypeException.class, () -> PojoCodec.of(AnnotatedRecursive.class))
                .getMessage().contains("recursive"));
    }

    @Test
    void superclassFieldsComeFirstAndPrivateOnesAreReached() {
        for (boolean generated : new boolean[] {true, false}) {
            PojoCodec<Derived> codec = PojoCodec.uncached(Derived.class, generated);
            assertArrayEquals(new String[] {"hidden", "shared", "own"}, codec.memberNames());
            Derived d = codec.newSample();
            d.hidden(42);
            CdrOutput out = new CdrOutput().reset(XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN);
            codec.serialize(d, out);
            Derived back = new Derived();
            codec.deserialize(new CdrInput().wrap(out.buffer(), 0, out.size(), XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN), back);
            assertEquals(42, back.hidden());
        }
    }

    @Test
    void privateClassesWithPrivateConstructorsWork() {
        PojoCodec<PrivateEverything> codec = PojoCodec.of(PrivateEverything.class);
        assertTrue(codec.usesGeneratedAccess());
        PrivateEverything p = codec.newSample();
        p.secret = 99;
        PrivateEverything q = codec.newSample();
        codec.copy(p, q);
        assertEquals(99, q.secret);
    }
}
