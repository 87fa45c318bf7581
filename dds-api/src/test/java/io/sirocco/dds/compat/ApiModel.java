package io.sirocco.dds.compat;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public shape of one class as a map from a member key to its full description, so that two
 * classes of the same name loaded from different jars can be compared member by member.
 * Descriptions use fully qualified generic type names, so a difference in any type argument,
 * bound, modifier, exception or constant value shows up as a different description.
 */
final class ApiModel {
    private ApiModel() {
    }

    /** Member key (kind, name, erased parameters) to full description, for public and protected members. */
    static Map<String, String> describe(Class<?> type) throws ReflectiveOperationException {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("type", typeHeader(type));
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers()) && !constructor.isSynthetic() && !type.isEnum()) {
                members.put("constructor(" + erased(constructor.getParameterTypes()) + ")",
                        modifiers(constructor.getModifiers()) + "(" + generic(constructor.getGenericParameterTypes())
                                + ")" + throwsClause(constructor.getGenericExceptionTypes()));
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
                members.put("method " + method.getName() + "(" + erased(method.getParameterTypes()) + ")",
                        describe(method));
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers()) && !field.isSynthetic()) {
                members.put("field " + field.getName(), describe(field));
            }
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            Field value = publicField(type, "value");
            members.put("enum constants", Arrays.stream(constants)
                    .map(c -> ((Enum<?>) c).name() + (value == null ? "" : "=" + read(value, c)))
                    .collect(Collectors.joining(", ")));
        }
        return members;
    }

    private static String describe(Method method) {
        StringBuilder text = new StringBuilder(modifiers(method.getModifiers()));
        if (method.isDefault()) {
            text.append("default ");
        }
        text.append(typeParameters(method.getTypeParameters()))
                .append(method.getGenericReturnType().getTypeName()).append(' ')
                .append(method.getName()).append('(').append(generic(method.getGenericParameterTypes()))
                .append(method.isVarArgs() ? " varargs" : "").append(')')
                .append(throwsClause(method.getGenericExceptionTypes()));
        Object defaultValue = method.getDefaultValue();
        if (defaultValue != null) {
            text.append(" default ").append(literal(defaultValue));
        }
        return text.toString();
    }

    private static String describe(Field field) throws IllegalAccessException {
        String text = modifiers(field.getModifiers()) + field.getGenericType().getTypeName() + " " + field.getName();
        int m = field.getModifiers();
        if (Modifier.isStatic(m) && Modifier.isFinal(m)
                && (field.getType().isPrimitive() || field.getType() == String.class)) {
            text += " = " + literal(field.get(null));
        }
        return text;
    }

    private static String typeHeader(Class<?> type) {
        StringBuilder text = new StringBuilder(modifiers(type.getModifiers() & ~Modifier.STRICT));
        text.append(type.isAnnotation() ? "@interface " : type.isInterface() ? "interface "
                : type.isEnum() ? "enum " : "class ");
        text.append(type.getName()).append(typeParameters(type.getTypeParameters()));
        if (!type.isInterface() && !type.isEnum() && type.getGenericSuperclass() != null) {
            text.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        TreeSet<String> interfaces = Arrays.stream(type.getGenericInterfaces()).map(Type::getTypeName)
                .collect(Collectors.toCollection(TreeSet::new));
        text.append(" implements ").append(interfaces);
        if (type.isAnnotation()) {
            text.append(" meta[");
            Retention retention = type.getAnnotation(Retention.class);
            Target target = type.getAnnotation(Target.class);
            text.append("retention=").append(retention == null ? "CLASS" : retention.value());
            text.append(" target=").append(target == null ? "any" : new TreeSet<>(Arrays.stream(target.value())
                    .map(Enum::name).toList()));
            text.append(type.isAnnotationPresent(Documented.class) ? " documented" : "");
            text.append(type.isAnnotationPresent(Inherited.class) ? " inherited" : "");
            text.append(']');
        }
        return text.toString();
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        if (variables.length == 0) {
            return "";
        }
        return Arrays.stream(variables)
                .map(v -> v.getName() + " extends " + Arrays.stream(v.getBounds()).map(Type::getTypeName)
                        .collect(Collectors.joining(" & ")))
                .collect(Collectors.joining(", ", "<", "> "));
    }

    private static String modifiers(int modifiers) {
        // Interfaces' members are implicitly public abstract: compare what javac records.
        String text = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
                | Modifier.FINAL | Modifier.ABSTRACT));
        return text.isEmpty() ? "" : text + " ";
    }

    private static String erased(Class<?>[] parameters) {
        return Arrays.stream(parameters).map(Class::getTypeName).collect(Collectors.joining(","));
    }

    private static String generic(Type[] parameters) {
        return Arrays.stream(parameters).map(Type::getTypeName).collect(Collectors.joining(", "));
    }

    private static String throwsClause(Type[] exceptions) {
        if (exceptions.length == 0) {
            return "";
        }
        return " throws " + Arrays.stream(exceptions).map(Type::getTypeName).sorted()
                .collect(Collectors.joining(", "));
    }

    private static Field publicField(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String literal(Object value) {
        if (value != null && value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<String> items = new java.util.ArrayList<>();
            for (int i = 0; i < length; i++) {
                items.add(literal(Array.get(value, i)));
            }
            return items.toString();
        }
        if (value instanceof Class<?> c) {
            return c.getName() + ".class";
        }
        return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
