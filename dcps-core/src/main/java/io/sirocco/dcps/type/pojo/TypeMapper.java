package io.sirocco.dcps.type.pojo;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.omg.dds.type.SerializeAs;
import org.omg.dds.type.TypeKind;

/**
 * Maps Java field types to IDL types:
 * <pre>
 *   boolean byte short int long float double   boolean octet short long long-long float double
 *   char                                         char (8-bit); wchar with @SerializeAs(CHAR_32_TYPE)
 *   Boolean, Byte, ... Character                 the same, as optional members or sequence elements
 *   String                                       string; string&lt;N&gt; with @SerializeAs(STRING_TYPE, bound=N);
 *                                                wstring with collectionElementKind = CHAR_32_TYPE
 *   enum                                         enum (see EnumType)
 *   T[]                                          sequence&lt;T&gt;; sequence&lt;T,N&gt; with @SerializeAs(SEQUENCE_TYPE, bound=N);
 *                                                T[N][M].. with @SerializeAs(ARRAY_TYPE, bound={N, M, ..})
 *   List&lt;T&gt;, ArrayList&lt;T&gt;                      sequence&lt;T&gt; (bounded as arrays are)
 *   any other mappable class                     nested struct
 * </pre>
 * {@code @SerializeAs} may also say UINT_16/32/64 for the integer types (same bytes on the wire).
 */
final class TypeMapper {
    private final Function<Class<?>, StructCodec> structs;

    /** @param structs resolves nested classes to their codecs (and rejects cycles) */
    TypeMapper(Function<Class<?>, StructCodec> structs) {
        this.structs = structs;
    }

    /** The primitive kind of a primitive field, or {@link Kinds#OBJECT}. */
    static int primitiveKind(Field f) {
        Class<?> t = f.getType();
        if (!t.isPrimitive()) {
            return Kinds.OBJECT;
        }
        SerializeAs sa = f.getAnnotation(SerializeAs.class);
        return kindOf(t, sa == null ? TypeKind.NO_TYPE : sa.value(), where(f));
    }

    /** The value type of a non-primitive field. */
    ValueType valueType(Field f) {
        SerializeAs sa = f.getAnnotation(SerializeAs.class);
        TypeKind kind = sa == null ? TypeKind.NO_TYPE : sa.value();
        long[] bounds = sa == null ? new long[0] : sa.bound();
        TypeKind elementKind = sa == null ? TypeKind.NO_TYPE : sa.collectionElementKind();
        return map(f.getGenericType(), kind, bounds, elementKind, where(f));
    }

    private static String where(Field f) {
        return f.getDeclaringClass().getName() + "." + f.getName();
    }

    private ValueType map(Type t, TypeKind kind, long[] bounds, TypeKind elementKind, String where) {
        Class<?> raw = raw(t, where);
        Class<?> unboxed = unboxed(raw);
        if (unboxed != null) {
            return new BoxedType(kindOf(unboxed, kind, where));
        }
        if (raw == String.class) {
            if (kind != TypeKind.NO_TYPE && kind != TypeKind.STRING_TYPE) {
                throw new InvalidTypeAnnotationException(where + ": @SerializeAs(" + kind + ") does not fit a String");
            }
            int bound = kind == TypeKind.STRING_TYPE && bounds.length > 0 ? toInt(bounds[0], where) : StringType.UNBOUNDED_LENGTH;
            return new StringType(bound, elementKind == TypeKind.CHAR_32_TYPE);
        }
        if (raw.isEnum()) {
            if (kind != TypeKind.NO_TYPE && kind != TypeKind.ENUMERATION_TYPE) {
                throw new InvalidTypeAnnotationException(where + ": @SerializeAs(" + kind + ") does not fit an enum");
            }
            return new EnumType(raw);
        }
        if (raw.isArray()) {
            return array(t, kind, bounds, elementKind, false, where);
        }
        if (raw == List.class || raw == ArrayList.class) {
            if (!(t instanceof ParameterizedType pt) || !(pt.getActualTypeArguments()[0] instanceof Class<?>
                    || pt.getActualTypeArguments()[0] instanceof ParameterizedType)) {
                throw new UnsupportedTypeException(where + ": a List needs a concrete element type, e.g. List<String>");
            }
            if (kind != TypeKind.NO_TYPE && kind != TypeKind.SEQUENCE_TYPE) {
                throw new InvalidTypeAnnotationException(where + ": @SerializeAs(" + kind + ") does not fit a List");
            }
            int bound = kind == TypeKind.SEQUENCE_TYPE && bounds.length > 0 ? toInt(bounds[0], where) : Integer.MAX_VALUE;
            Type element = pt.getActualTypeArguments()[0];
            return new ListType(map(element, elementKind, new long[0], TypeKind.NO_TYPE, where + "[]"), bound);
        }
        if (kind != TypeKind.NO_TYPE && kind != TypeKind.STRUCTURE_TYPE) {
            throw new InvalidTypeAnnotationException(where + ": @SerializeAs(" + kind + ") does not fit " + raw.getName());
        }
        return new StructType(structs.apply(raw));
    }

    private ValueType array(Type t, TypeKind kind, long[] bounds, TypeKind elementKind, boolean innerDimension,
            String where) {
        Class<?> raw = raw(t, where);
        Class<?> component = raw.getComponentType();
        Type genericComponent = t instanceof GenericArrayType g ? g.getGenericComponentType() : component;
        boolean fixed = kind == TypeKind.ARRAY_TYPE;
        if (fixed && bounds.length == 0) {
            throw new InvalidTypeAnnotationException(where + ": @SerializeAs(ARRAY_TYPE) needs the dimensions in bound");
        }
        if (kind != TypeKind.NO_TYPE && kind != TypeKind.ARRAY_TYPE && kind != TypeKind.SEQUENCE_TYPE) {
            throw new InvalidTypeAnnotationException(where + ": @SerializeAs(" + kind + ") does not fit an array");
        }
        int fixedLength = fixed ? toInt(bounds[0], where) : PrimitiveArrayType.SEQUENCE;
        int bound = kind == TypeKind.SEQUENCE_TYPE && bounds.length > 0 ? toInt(bounds[0], where) : Integer.MAX_VALUE;
        long[] rest = fixed ? Arrays.copyOfRange(bounds, 1, bounds.length) : new long[0];
        if (component.isPrimitive()) {
            if (rest.length > 0) {
                throw new InvalidTypeAnnotationException(where + ": " + bounds.length + " dimensions for a one-dimensional array");
            }
            return new PrimitiveArrayType(kindOf(component, elementKind, where), fixedLength, bound);
        }
        if (component.isArray()) {
            boolean dimension = rest.length > 0;
            ValueType inner = array(genericComponent, dimension ? TypeKind.ARRAY_TYPE : TypeKind.NO_TYPE, rest,
                    elementKind, dimension, where + "[]");
            return new ObjectArrayType(inner, component, fixedLength, bound, innerDimension, dimension);
        }
        if (rest.length > 0) {
            throw new InvalidTypeAnnotationException(where + ": " + bounds.length + " dimensions for a one-dimensional array");
        }
        ValueType element = map(genericComponent, elementKind, new long[0], TypeKind.NO_TYPE, where + "[]");
        return new ObjectArrayType(element, component, fixedLength, bound, innerDimension, false);
    }

    private static Class<?> raw(Type t, String where) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (t instanceof GenericArrayType g) {
            return raw(g.getGenericComponentType(), where).arrayType();
        }
        throw new UnsupportedTypeException(where + ": type " + t + " is not concrete");
    }

    private static int toInt(long bound, String where) {
        if (bound < 0 || bound > Integer.MAX_VALUE - 8) {
            throw new InvalidTypeAnnotationException(where + ": bound " + bound + " out of range");
        }
        return (int) bound;
    }

    static Class<?> unboxed(Class<?> c) {
        if (c == Boolean.class) {
            return boolean.class;
        } else if (c == Byte.class) {
            return byte.class;
        } else if (c == Short.class) {
            return short.class;
        } else if (c == Character.class) {
            return char.class;
        } else if (c == Integer.class) {
            return int.class;
        } else if (c == Long.class) {
            return long.class;
        } else if (c == Float.class) {
            return float.class;
        } else if (c == Double.class) {
            return double.class;
        }
        return null;
    }

    /** The wire kind of primitive {@code t}, checked against an explicit {@code @SerializeAs} kind. */
    static int kindOf(Class<?> t, TypeKind declared, String where) {
        boolean none = declared == TypeKind.NO_TYPE;
        int kind = -1;
        if (t == boolean.class && (none || declared == TypeKind.BOOLEAN_TYPE)) {
            kind = Kinds.BOOLEAN;
        } else if (t == byte.class && (none || declared == TypeKind.BYTE_TYPE)) {
            kind = Kinds.BYTE;
        } else if (t == short.class && (none || declared == TypeKind.INT_16_TYPE || declared == TypeKind.UINT_16_TYPE)) {
            kind = Kinds.SHORT;
        } else if (t == int.class && (none || declared == TypeKind.INT_32_TYPE || declared == TypeKind.UINT_32_TYPE)) {
            kind = Kinds.INT;
        } else if (t == long.class && (none || declared == TypeKind.INT_64_TYPE || declared == TypeKind.UINT_64_TYPE)) {
            kind = Kinds.LONG;
        } else if (t == float.class && (none || declared == TypeKind.FLOAT_32_TYPE)) {
            kind = Kinds.FLOAT;
        } else if (t == double.class && (none || declared == TypeKind.FLOAT_64_TYPE)) {
            kind = Kinds.DOUBLE;
        } else if (t == char.class && (none || declared == TypeKind.CHAR_8_TYPE)) {
            kind = Kinds.CHAR8;
        } else if (t == char.class && declared == TypeKind.CHAR_32_TYPE) {
            kind = Kinds.WCHAR;
        }
        if (kind < 0) {
            throw new InvalidTypeAnnotationException(where + ": @SerializeAs(" + declared + ") does not fit a Java " + t);
        }
        return kind;
    }
}
