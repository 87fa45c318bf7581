package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.util.List;

/**
 * The fixed method handles field paths are assembled from: unboxing, text conversions and element
 * access. Element steps return {@code null} past the end so that, like a {@code null} member, an
 * absent element just makes the predicate false.
 */
final class StandardHandles {
    static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);
    static final MethodHandle NUMBER_TO_LONG;
    static final MethodHandle NUMBER_TO_DOUBLE;
    static final MethodHandle CHARACTER_TO_CHAR;
    static final MethodHandle BOOLEAN_TO_BOOLEAN;
    static final MethodHandle ENUM_NAME;
    static final MethodHandle OBJECT_TO_STRING;
    static final MethodHandle CHAR_TO_STRING;
    private static final MethodHandle LIST_ELEMENT;
    private static final MethodHandle ARRAY_ELEMENT;
    private static final MethodHandle WITHIN_BOUNDS;

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            NUMBER_TO_LONG = lookup.findVirtual(Number.class, "longValue", MethodType.methodType(long.class));
            NUMBER_TO_DOUBLE = lookup.findVirtual(Number.class, "doubleValue", MethodType.methodType(double.class));
            CHARACTER_TO_CHAR = lookup.findVirtual(Character.class, "charValue", MethodType.methodType(char.class));
            BOOLEAN_TO_BOOLEAN =
                    lookup.findVirtual(Boolean.class, "booleanValue", MethodType.methodType(boolean.class));
            ENUM_NAME = lookup.findVirtual(Enum.class, "name", MethodType.methodType(String.class));
            OBJECT_TO_STRING = lookup.findVirtual(Object.class, "toString", MethodType.methodType(String.class));
            CHAR_TO_STRING =
                    lookup.findStatic(String.class, "valueOf", MethodType.methodType(String.class, char.class));
            MethodType indexed = MethodType.methodType(Object.class, Object.class, int.class);
            LIST_ELEMENT = lookup.findStatic(StandardHandles.class, "listElement", indexed);
            ARRAY_ELEMENT = lookup.findStatic(StandardHandles.class, "arrayElement", indexed);
            WITHIN_BOUNDS = lookup.findStatic(StandardHandles.class, "withinBounds", indexed);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StandardHandles() {
    }

    /** {@code (Object)Object}: element {@code index} of a {@link List}, or {@code null}. */
    static MethodHandle listElement(int index) {
        return MethodHandles.insertArguments(LIST_ELEMENT, 1, index);
    }

    /** {@code (Object)Object}: element {@code index} of a reference array, or {@code null}. */
    static MethodHandle arrayElement(int index) {
        return MethodHandles.insertArguments(ARRAY_ELEMENT, 1, index);
    }

    /** {@code (Object)Object}: the array itself when it has an element {@code index}, else {@code null}. */
    static MethodHandle withinBounds(int index) {
        return MethodHandles.insertArguments(WITHIN_BOUNDS, 1, index);
    }

    /** {@code (Object)component}: element {@code index} of a primitive array already checked by {@link #withinBounds}. */
    static MethodHandle primitiveElement(Class<?> arrayType, int index) {
        MethodHandle getter = MethodHandles.insertArguments(MethodHandles.arrayElementGetter(arrayType), 1, index);
        return getter.asType(MethodType.methodType(arrayType.getComponentType(), Object.class));
    }

    private static Object listElement(Object list, int index) {
        List<?> elements = (List<?>) list;
        return index < elements.size() ? elements.get(index) : null;
    }

    private static Object arrayElement(Object array, int index) {
        Object[] elements = (Object[]) array;
        return index < elements.length ? elements[index] : null;
    }

    private static Object withinBounds(Object array, int index) {
        return index < Array.getLength(array) ? array : null;
    }
}
