package io.sirocco.dcps.type.testtypes;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/** Field-by-field comparison of two object graphs, for round-trip tests. */
public final class DeepEquals {
    private DeepEquals() {
    }

    public static void assertDeepEquals(Object expected, Object actual) {
        compare(expected, actual, "sample");
    }

    private static void compare(Object e, Object a, String path) {
        if (e == a) {
            return;
        }
        if (e == null || a == null) {
            fail(path + ": expected " + e + " but was " + a);
        }
        Class<?> c = e.getClass();
        if (c != a.getClass() && !(e instanceof List && a instanceof List)) {
            fail(path + ": class " + c + " vs " + a.getClass());
        }
        if (c.isArray()) {
            int n = Array.getLength(e);
            if (n != Array.getLength(a)) {
                fail(path + ": length " + n + " vs " + Array.getLength(a));
            }
            for (int i = 0; i < n; i++) {
                compare(Array.get(e, i), Array.get(a, i), path + "[" + i + "]");
            }
            return;
        }
        if (e instanceof List<?> le) {
            List<?> la = (List<?>) a;
            if (le.size() != la.size()) {
                fail(path + ": size " + le.size() + " vs " + la.size());
            }
            for (int i = 0; i < le.size(); i++) {
                compare(le.get(i), la.get(i), path + "[" + i + "]");
            }
            return;
        }
        if (e instanceof Double d) {
            if (Double.doubleToLongBits(d) != Double.doubleToLongBits((Double) a)) {
                fail(path + ": " + e + " vs " + a);
            }
            return;
        }
        if (e instanceof Float f) {
            if (Float.floatToIntBits(f) != Float.floatToIntBits((Float) a)) {
                fail(path + ": " + e + " vs " + a);
            }
            return;
        }
        if (c.getName().startsWith("java.") || c.isEnum()) {
            if (!e.equals(a)) {
                fail(path + ": expected " + e + " but was " + a);
            }
            return;
        }
        for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                try {
                    compare(f.get(e), f.get(a), path + "." + f.getName());
                } catch (IllegalAccessException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
    }
}
