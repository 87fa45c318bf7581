package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.idl.testing.CompiledIdl;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java shapes of generated types, which existing OpenSplice Java 5 code compiles against. */
class GeneratedShapesTest {
    private final CompiledIdl compiled = CompiledIdl.folder("corpus");

    @Test
    void structsAreFinalClassesWithPublicNonNullFields() throws Exception {
        Class<?> c = compiled.javaClass("coll::Arrays");
        assertTrue(Modifier.isFinal(c.getModifiers()));
        Object o = c.getConstructor().newInstance();
        for (Field f : c.getFields()) {
            assertTrue(Modifier.isPublic(f.getModifiers()));
            assertNotNull(f.get(o), f.getName() + " must not be null");
        }
        assertEquals(5, ((byte[]) c.getField("raw").get(o)).length);
        assertEquals(2, ((short[][]) c.getField("grid").get(o)).length);
        Object[] corners = (Object[]) c.getField("corners").get(o);
        assertNotNull(corners[1]);
        assertEquals("", ((String[]) c.getField("names").get(o))[0]);
        assertNull(compiled.javaClass("ext::FinalOptionals").getField("l").get(
                compiled.javaClass("ext::FinalOptionals").getConstructor().newInstance()), "optional members start absent");
        assertEquals(Integer.class, compiled.javaClass("ext::FinalOptionals").getField("l").getType());
    }

    @Test
    void allMembersConstructorEqualsHashCodeToString() throws Exception {
        Class<?> c = compiled.javaClass("prim::KeyedLong");
        Object a = c.getConstructor(int.class, double.class, String.class).newInstance(7, 1.5, "x");
        Object b = c.getConstructor(int.class, double.class, String.class).newInstance(7, 1.5, "x");
        Object other = c.getConstructor(int.class, double.class, String.class).newInstance(8, 1.5, "x");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, other);
        assertEquals("KeyedLong{id=7, value=1.5, note=\"x\"}", a.toString());
        assertTrue(c.getField("id").isAnnotationPresent(org.omg.dds.type.Key.class));
    }

    @Test
    void inheritanceMapsToSubclasses() throws Exception {
        Class<?> base = compiled.javaClass("inh::Base");
        Class<?> derived = compiled.javaClass("inh::Derived");
        assertSame(base, derived.getSuperclass());
        assertFalse(Modifier.isFinal(base.getModifiers()));
        assertTrue(Modifier.isFinal(compiled.javaClass("inh::MoreDerived").getModifiers()));
        Object d = derived.getConstructor(int.class, String.class, double.class, short[].class)
                .newInstance(1, "n", 2.0, new short[] {3});
        assertEquals(1, base.getField("id").get(d));
        assertNotEquals(base.getConstructor(int.class, String.class).newInstance(1, "n"), d);
    }

    @Test
    void enumsOfferValueFromIntAndIntConstants() throws Exception {
        Class<?> e = compiled.javaClass("en::Valued");
        assertTrue(e.isEnum());
        Object ten = e.getMethod("from_int", int.class).invoke(null, 10);
        assertEquals("TEN", ((Enum<?>) ten).name());
        assertEquals(10, e.getMethod("value").invoke(ten));
        assertEquals(11, e.getField("_ELEVEN").get(null));
        InvocationTargetException bad = assertThrows(InvocationTargetException.class,
                () -> e.getMethod("from_int", int.class).invoke(null, 4));
        assertTrue(bad.getCause() instanceof IllegalArgumentException);
    }

    @Test
    void unionsOfferDiscriminatorGettersSettersAndDefault() throws Exception {
        Class<?> u = compiled.javaClass("uni::ByLong");
        Object v = u.getConstructor().newInstance();
        Method disc = u.getMethod("discriminator");
        assertEquals(0, disc.invoke(v), "the discriminator starts at its type's default");
        u.getMethod("number", int.class).invoke(v, 5);
        assertEquals(1, disc.invoke(v));
        assertEquals(5, u.getMethod("number").invoke(v));
        u.getMethod("text", int.class, String.class).invoke(v, 3, "t");
        assertEquals(3, disc.invoke(v));
        assertEquals("t", u.getMethod("text").invoke(v));
        InvocationTargetException wrong = assertThrows(InvocationTargetException.class, () -> u.getMethod("number").invoke(v));
        assertTrue(wrong.getCause() instanceof IllegalStateException);
        InvocationTargetException badLabel = assertThrows(InvocationTargetException.class,
                () -> u.getMethod("text", int.class, String.class).invoke(v, 1, "t"));
        assertTrue(badLabel.getCause() instanceof IllegalArgumentException);
        u.getMethod("other", double.class).invoke(v, 2.5);
        assertEquals(0, disc.invoke(v), "the default member gets a discriminator no label names");

        Class<?> s = compiled.javaClass("uni::ByShort");
        Object w = s.getConstructor().newInstance();
        s.getMethod("small", byte.class).invoke(w, (byte) 1);
        s.getMethod("__default").invoke(w);
        assertEquals((short) 0, s.getMethod("discriminator").invoke(w));
    }

    @Test
    void constantsAreInterfaceValuesAndBitmasksAreFlagConstants() throws Exception {
        Class<?> k = compiled.javaClass("str::NAME_MAX");
        assertTrue(k.isInterface());
        assertEquals(8, k.getField("value").get(null));
        assertEquals(3 * 2 + 4 - 3, compiled.javaClass("en::COUNT").getField("value").get(null));
        assertEquals(32, compiled.javaClass("en::Flags").getField("F_EXEC").get(null));
        assertEquals(byte.class, compiled.javaClass("en::Flags8").getField("B_TWO").getType());
        assertEquals(1L << 63, compiled.javaClass("en::Flags64").getField("L_TOP").get(null));
        assertEquals(short.class, compiled.javaClass("en::Everything").getField("f16").getType());
    }

    @Test
    void openSpliceStyleCodeCompiles(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("Usage.java");
        Files.writeString(source, """
                import coll.Level;
                import prim.KeyedLong;
                import uni.ByLong;
                import uni.Dims;

                class Usage {
                    int use() {
                        KeyedLong k = new KeyedLong();
                        k.id = 5;
                        k.note = "x";
                        KeyedLong copy = new KeyedLong(k.id, k.value, k.note);
                        Level level = Level.from_int(Level._HIGH);
                        ByLong u = new ByLong();
                        u.number(3);
                        u.text(2, "t");
                        u.dims(new Dims(1.0, 2.0));
                        int d = u.discriminator() + level.value() + str.NAME_MAX.value + en.Flags.F_EXEC;
                        int[][] perRow = new coll.Arrays().perRow;
                        return d + perRow.length + copy.id + (k.equals(copy) ? 1 : 0);
                    }
                }
                """);
        CompiledIdl.javac(List.of(source), Files.createDirectories(dir.resolve("out")), List.of(compiled.classes()));
        assertTrue(Files.exists(dir.resolve("out/Usage.class")));
    }
}
