package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the accessor for a field name in the shapes Java data types come in, in this order: record
 * component, public field, JavaBean getter ({@code getX}, {@code isX}) or same-named accessor method
 * ({@code x()}), then a non-public field read through {@link MethodHandles#privateLookupIn}. When no
 * member has exactly that name, a single member whose name differs only in case is accepted, since IDL
 * names are case-insensitive.
 */
final class MemberLookup {

    private MemberLookup() {
    }

    /**
     * The accessor for {@code name} in {@code owner}, or {@code null} when there is no such member.
     *
     * @throws IllegalAccessException when the member exists but this module may not read it
     */
    static MemberAccessor find(Class<?> owner, String name) throws IllegalAccessException {
        MemberAccessor exact = findExact(owner, name);
        if (exact != null) {
            return exact;
        }
        Set<String> alike = new LinkedHashSet<>();
        for (String candidate : memberNames(owner)) {
            if (candidate.equalsIgnoreCase(name)) {
                alike.add(candidate);
            }
        }
        return alike.size() == 1 ? findExact(owner, alike.iterator().next()) : null;
    }

    /**
     * A handle for {@code member} (a field's getter or a method), first through this class's own
     * lookup, then through a private lookup in the declaring class, which works for classes on the
     * class path and for packages opened to Sirocco.
     */
    static MethodHandle unreflect(Member member) throws IllegalAccessException {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            return unreflect(lookup, member);
        } catch (IllegalAccessException denied) {
            try {
                return unreflect(MethodHandles.privateLookupIn(member.getDeclaringClass(), lookup), member);
            } catch (IllegalAccessException | SecurityException alsoDenied) {
                denied.addSuppressed(alsoDenied);
                throw denied;
            }
        }
    }

    private static MethodHandle unreflect(MethodHandles.Lookup lookup, Member member) throws IllegalAccessException {
        return member instanceof Field field ? lookup.unreflectGetter(field) : lookup.unreflect((Method) member);
    }

    private static MemberAccessor findExact(Class<?> owner, String name) throws IllegalAccessException {
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return new MemberAccessor(unreflect(component.getAccessor()), component.getType(),
                            component.getGenericType());
                }
            }
        }
        Field field = publicField(owner, name);
        if (field != null) {
            return new MemberAccessor(unreflect(field), field.getType(), field.getGenericType());
        }
        Method getter = getter(owner, name);
        if (getter != null) {
            return new MemberAccessor(unreflect(getter), getter.getReturnType(), getter.getGenericReturnType());
        }
        field = declaredField(owner, name);
        if (field != null) {
            return new MemberAccessor(unreflect(field), field.getType(), field.getGenericType());
        }
        return null;
    }

    private static Field publicField(Class<?> owner, String name) {
        try {
            Field field = owner.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Field declaredField(Class<?> owner, String name) {
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                if (!Modifier.isStatic(field.getModifiers())) {
                    return field;
                }
            } catch (NoSuchFieldException e) {
                // keep looking in the superclass
            }
        }
        return null;
    }

    /** The best public no-argument accessor: {@code getX}, then {@code isX} (booleans), then {@code x()}. */
    private static Method getter(Class<?> owner, String name) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Method best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Method method : owner.getMethods()) {
            if (!isAccessorShaped(method)) {
                continue;
            }
            Class<?> type = method.getReturnType();
            int rank;
            if (method.getName().equals("get" + capitalised)) {
                rank = 0;
            } else if (method.getName().equals("is" + capitalised) && (type == boolean.class || type == Boolean.class)) {
                rank = 1;
            } else if (method.getName().equals(name)) {
                rank = 2;
            } else {
                continue;
            }
            if (rank < bestRank) {
                best = method;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean isAccessorShaped(Method method) {
        return method.getParameterCount() == 0 && method.getReturnType() != void.class
                && !Modifier.isStatic(method.getModifiers()) && !method.isBridge() && !method.isSynthetic()
                && method.getDeclaringClass() != Object.class;
    }

    /** Every name {@link #findExact} could match, for the case-insensitive fallback. */
    private static Set<String> memberNames(Class<?> owner) {
        Set<String> names = new LinkedHashSet<>();
        if (owner.isRecord()) {
            for (RecordComponent component : owner.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        for (Class<?> type = owner; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    names.add(field.getName());
                }
            }
        }
        for (Field field : owner.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                names.add(field.getName());
            }
        }
        for (Method method : owner.getMethods()) {
            if (isAccessorShaped(method)) {
                String property = method.getName();
                if (property.startsWith("get") && property.length() > 3) {
                    property = property.substring(3);
                } else if (property.startsWith("is") && property.length() > 2) {
                    property = property.substring(2);
                }
                names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
            }
        }
        return names;
    }
}
