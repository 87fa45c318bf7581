package io.sirocco.idl.testing;

import io.sirocco.idl.gen.JavaNames;
import io.sirocco.idl.model.ArrayType;
import io.sirocco.idl.model.BitmaskType;
import io.sirocco.idl.model.ConstValue;
import io.sirocco.idl.model.Declaration;
import io.sirocco.idl.model.EnumType;
import io.sirocco.idl.model.Field;
import io.sirocco.idl.model.IdlType;
import io.sirocco.idl.model.PrimitiveType;
import io.sirocco.idl.model.SequenceType;
import io.sirocco.idl.model.StringType;
import io.sirocco.idl.model.StructType;
import io.sirocco.idl.model.UnionType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.List;

/** Builds generated Java objects from {@link Value}s, through the public API of the generated classes. */
public final class JavaValues {
    private final CompiledIdl compiled;

    public JavaValues(CompiledIdl compiled) {
        this.compiled = compiled;
    }

    public Object toJava(Value v, IdlType t) {
        try {
            return build(v, t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + t.describe() + ": " + e, e);
        }
    }

    private Object build(Value v, IdlType t) throws ReflectiveOperationException {
        return switch (t) {
            case PrimitiveType p -> primitive(p, v);
            case BitmaskType b -> switch (b.width()) {
                case 1 -> (byte) ((Value.Int) v).bits();
                case 2 -> (short) ((Value.Int) v).bits();
                case 4 -> (int) ((Value.Int) v).bits();
                default -> ((Value.Int) v).bits();
            };
            case EnumType e -> enumConstant(e, ((Value.Enumerator) v).literal().name());
            case StringType s -> ((Value.Text) v).value();
            case SequenceType s -> array(((Value.Items) v).items(), s.element());
            case ArrayType a -> array(((Value.Items) v).items(), a.inner());
            case StructType s -> struct((Value.Struct) v);
            case UnionType u -> union((Value.Union) v);
        };
    }

    private Object array(List<Value> items, IdlType element) throws ReflectiveOperationException {
        Object a = Array.newInstance(javaClass(element), items.size());
        for (int i = 0; i < items.size(); i++) {
            Array.set(a, i, build(items.get(i), element));
        }
        return a;
    }

    private Object struct(Value.Struct v) throws ReflectiveOperationException {
        Class<?> c = compiled.javaClass(v.type());
        Object o = c.getConstructor().newInstance();
        List<Field> fields = v.type().allFields();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Value fv = v.fields().get(i);
            c.getField(JavaNames.identifier(f.name())).set(o, fv == null ? null : build(fv, f.type()));
        }
        return o;
    }

    private Object union(Value.Union v) throws ReflectiveOperationException {
        Class<?> c = compiled.javaClass(v.type());
        Object o = c.getConstructor().newInstance();
        Object disc = discriminator(v.discriminator(), v.type().discriminator());
        if (v.caseIndex() >= 0) {
            UnionType.Case k = v.type().cases().get(v.caseIndex());
            method(c, JavaNames.identifier(k.name()), 2).invoke(o, disc, build(v.value(), k.type()));
        } else if (!disc.equals(c.getMethod("discriminator").invoke(o))) {
            method(c, "__default", 1).invoke(o, disc);
        }
        return o;
    }

    private static Method method(Class<?> c, String name, int params) throws NoSuchMethodException {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == params) {
                return m;
            }
        }
        throw new NoSuchMethodException(c.getName() + "." + name + "/" + params);
    }

    /** The Java value of a discriminator. */
    public Object discriminator(ConstValue d, IdlType type) throws ReflectiveOperationException {
        return switch (d) {
            case ConstValue.Int i -> primitive((PrimitiveType) type, new Value.Int(i.value().longValue()));
            case ConstValue.Char ch -> ch.value();
            case ConstValue.Bool b -> b.value();
            case ConstValue.Enumerator e -> enumConstant(e.type(), e.literal().name());
            default -> throw new IllegalArgumentException(String.valueOf(d));
        };
    }

    private Object enumConstant(EnumType e, String name) throws ReflectiveOperationException {
        Class<?> c = compiled.javaClass(e);
        for (Object constant : c.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(JavaNames.identifier(name))) {
                return constant;
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static Object primitive(PrimitiveType p, Value v) {
        if (p.isFloatingPoint()) {
            double d = ((Value.Real) v).value();
            return p == PrimitiveType.FLOAT ? (Object) (float) d : (Object) d;
        }
        long bits = ((Value.Int) v).bits();
        return switch (p) {
            case BOOLEAN -> bits != 0;
            case OCTET, INT8, UINT8 -> (byte) bits;
            case CHAR, WCHAR -> (char) bits;
            case INT16, UINT16 -> (short) bits;
            case INT32, UINT32 -> (int) bits;
            default -> bits;
        };
    }

    /** The Java class of values of {@code t} (primitive classes for basic types). */
    public Class<?> javaClass(IdlType t) {
        return switch (t) {
            case PrimitiveType p -> switch (p) {
                case BOOLEAN -> boolean.class;
                case OCTET, INT8, UINT8 -> byte.class;
                case CHAR, WCHAR -> char.class;
                case INT16, UINT16 -> short.class;
                case INT32, UINT32 -> int.class;
                case INT64, UINT64 -> long.class;
                case FLOAT -> float.class;
                case DOUBLE -> double.class;
            };
            case BitmaskType b -> switch (b.width()) {
                case 1 -> byte.class;
                case 2 -> short.class;
                case 4 -> int.class;
                default -> long.class;
            };
            case StringType s -> String.class;
            case SequenceType s -> javaClass(s.element()).arrayType();
            case ArrayType a -> javaClass(a.inner()).arrayType();
            case Declaration d -> compiled.javaClass(d);
        };
    }
}
