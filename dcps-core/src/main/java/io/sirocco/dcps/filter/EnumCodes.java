package io.sirocco.dcps.filter;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The numeric codes of one enum type's constants, used to compare enums by value and to order them.
 * IDL-generated Java enums carry their IDL value in an {@code int value()} method; other enums use
 * their ordinal. The codes are computed once per enum class and read by ordinal during evaluation.
 */
final class EnumCodes {
    private static final ClassValue<EnumCodes> CACHE = new ClassValue<>() {
        @Override
        protected EnumCodes computeValue(Class<?> type) {
            return new EnumCodes(type);
        }
    };
    private static final MethodHandle CODE;

    static {
        try {
            CODE = MethodHandles.lookup().findVirtual(EnumCodes.class, "code",
                    MethodType.methodType(long.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Class<?> type;
    private final Enum<?>[] constants;
    private final long[] codes;
    private final MethodHandle codeHandle;

    private EnumCodes(Class<?> type) {
        this.type = type;
        this.constants = (Enum<?>[]) type.getEnumConstants();
        this.codes = new long[constants.length];
        Method value = valueMethod(type);
        MethodHandle valueHandle = null;
        if (value != null) {
            try {
                valueHandle = MemberLookup.unreflect(value)
                        .asType(MethodType.methodType(long.class, Object.class));
            } catch (IllegalAccessException inaccessible) {
                valueHandle = null; // fall back to ordinals
            }
        }
        for (int i = 0; i < constants.length; i++) {
            codes[i] = valueHandle == null ? constants[i].ordinal() : invoke(valueHandle, constants[i]);
        }
        this.codeHandle = CODE.bindTo(this);
    }

    static EnumCodes of(Class<?> enumType) {
        return CACHE.get(enumType);
    }

    /** The code of a non-null constant of this enum. */
    long code(Object constant) {
        return codes[((Enum<?>) constant).ordinal()];
    }

    /** {@code (Object)long}: {@link #code(Object)} as a method handle, for field readers. */
    MethodHandle codeHandle() {
        return codeHandle;
    }

    /**
     * The constant called {@code name}: exactly, after dropping a {@code Type::} or {@code Type.}
     * qualifier naming this enum, or ignoring case when that is unambiguous; {@code null} if none.
     */
    Enum<?> find(String name) {
        String bare = name.strip();
        int colons = bare.lastIndexOf("::");
        int dot = bare.lastIndexOf('.');
        if (colons >= 0 || dot >= 0) {
            boolean scoped = colons > dot;
            String prefix = bare.substring(0, scoped ? colons : dot);
            String simple = type.getSimpleName();
            if (!prefix.equals(simple) && !prefix.endsWith("::" + simple) && !prefix.endsWith("." + simple)) {
                return null;
            }
            bare = bare.substring(scoped ? colons + 2 : dot + 1);
        }
        Enum<?> caseless = null;
        int caselessCount = 0;
        for (Enum<?> constant : constants) {
            if (constant.name().equals(bare)) {
                return constant;
            }
            if (constant.name().toUpperCase(Locale.ROOT).equals(bare.toUpperCase(Locale.ROOT))) {
                caseless = constant;
                caselessCount++;
            }
        }
        return caselessCount == 1 ? caseless : null;
    }

    /** The enum's simple name, for messages. */
    String typeName() {
        return type.getSimpleName();
    }

    Class<?> type() {
        return type;
    }

    /** The constant names, for messages. */
    String constantNames() {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Method valueMethod(Class<?> type) {
        try {
            Method method = type.getMethod("value");
            Class<?> result = method.getReturnType();
            boolean integral = result == int.class || result == long.class || result == short.class
                    || result == byte.class;
            return integral && !Modifier.isStatic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static long invoke(MethodHandle valueHandle, Enum<?> constant) {
        try {
            return (long) valueHandle.invokeExact((Object) constant);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("value() of " + constant + " failed", e);
        }
    }
}
