package io.sirocco.dcps.type.kryo;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.omg.dds.type.Key;

/**
 * Moves field values between two instances of a class by reflection, for the Kryo path where a
 * decoded object must end up in a caller's existing sample. Covers every non-static field of the
 * class and its superclasses (or only the {@link Key} fields).
 */
final class FieldTransfer {
    private final Class<?> type;
    private final Field[] fields;

    private FieldTransfer(Class<?> type, List<Field> fields) {
        this.type = type;
        this.fields = fields.toArray(Field[]::new);
    }

    static FieldTransfer allFields(Class<?> type) {
        return new FieldTransfer(type, collect(type, false));
    }

    static FieldTransfer keyFields(Class<?> type) {
        return new FieldTransfer(type, collect(type, true));
    }

    private static List<Field> collect(Class<?> type, boolean keysOnly) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.addFirst(c);
        }
        List<Field> result = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (keysOnly) {
                    Key k = f.getAnnotation(Key.class);
                    if (k == null || !k.value()) {
                        continue;
                    }
                }
                try {
                    f.setAccessible(true);
                } catch (InaccessibleObjectException | SecurityException e) {
                    if (keysOnly) {
                        throw new IllegalArgumentException("key field " + f + " is not accessible: " + e.getMessage());
                    }
                    continue;
                }
                result.add(f);
            }
        }
        return result;
    }

    int size() {
        return fields.length;
    }

    Object get(Object o, int i) {
        try {
            return fields[i].get(o);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    void set(Object o, int i, Object v) {
        try {
            fields[i].set(o, v);
        } catch (IllegalAccessException e) {
            throw new UnsupportedOperationException("cannot update " + fields[i] + " in place (records and "
                    + "final fields of hidden classes are immutable)", e);
        }
    }

    /** Copies every field of {@code source} into {@code target}. */
    void transfer(Object source, Object target) {
        if (type.isRecord()) {
            throw new UnsupportedOperationException(type.getName() + " is a record: its samples cannot be updated in place");
        }
        for (int i = 0; i < fields.length; i++) {
            set(target, i, get(source, i));
        }
    }

    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            names.add(f.getName());
        }
        return names.toString();
    }
}
