package io.sirocco.dcps.type;

import io.sirocco.dcps.type.builtin.KeyedBytesCodec;
import io.sirocco.dcps.type.builtin.KeyedBytesSample;
import io.sirocco.dcps.type.builtin.KeyedStringCodec;
import io.sirocco.dcps.type.builtin.KeyedStringSample;
import io.sirocco.dcps.type.kryo.KryoCodec;
import io.sirocco.dcps.type.pojo.PojoCodec;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Map;
import org.omg.dds.type.builtin.KeyedBytes;
import org.omg.dds.type.builtin.KeyedString;

/**
 * Finds the codec of a Java class, once per class (cached in a {@link ClassValue}). In order:
 * <ol>
 *   <li>the built-in types {@link KeyedString} and {@link KeyedBytes} (the API classes and Sirocco's
 *       implementations);</li>
 *   <li>a class named {@code <binary name of the type>Codec} in the same class loader, with a public
 *       no-argument constructor, implementing {@code TypeCodec<type>}: how IDL-generated types (and
 *       hand-written codecs) plug in, e.g. {@code com.example.Msg} → {@code com.example.MsgCodec},
 *       {@code Outer$Inner} → {@code Outer$InnerCodec};</li>
 *   <li>{@link PojoCodec} when the class is mappable to XCDR (see {@link PojoCodec});</li>
 *   <li>{@link KryoCodec} for everything else.</li>
 * </ol>
 */
public final class TypeCodecs {
    private static final Map<Class<?>, TypeCodec<?>> BUILTIN = Map.of(
            KeyedString.class, KeyedStringCodec.FOR_API_TYPE,
            KeyedStringSample.class, KeyedStringCodec.FOR_SAMPLES,
            KeyedBytes.class, KeyedBytesCodec.FOR_API_TYPE,
            KeyedBytesSample.class, KeyedBytesCodec.FOR_SAMPLES);

    private static final ClassValue<TypeCodec<?>> CODECS = new ClassValue<>() {
        @Override
        protected TypeCodec<?> computeValue(Class<?> type) {
            return find(type);
        }
    };

    private TypeCodecs() {
    }

    /**
     * The codec of {@code type}.
     *
     * @throws IllegalArgumentException if {@code type} is {@code null}, primitive or an array, if a
     *         {@code <type>Codec} class exists but is unusable, or if the class's DDS annotations are
     *         wrong in themselves ({@link io.sirocco.dcps.type.pojo.InvalidTypeAnnotationException})
     */
    @SuppressWarnings("unchecked")
    public static <T> TypeCodec<T> forClass(Class<T> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (type.isPrimitive() || type.isArray()) {
            throw new IllegalArgumentException("type must be a class, not " + type.getTypeName());
        }
        return (TypeCodec<T>) CODECS.get(type);
    }

    private static TypeCodec<?> find(Class<?> type) {
        TypeCodec<?> builtin = BUILTIN.get(type);
        if (builtin != null) {
            return builtin;
        }
        TypeCodec<?> generated = generated(type);
        if (generated != null) {
            return generated;
        }
        PojoCodec<?> pojo = PojoCodec.tryOf(type);
        return pojo != null ? pojo : KryoCodec.of(type);
    }

    /** The {@code <type>Codec} instance, or {@code null} when there is no such class. */
    private static TypeCodec<?> generated(Class<?> type) {
        String name = type.getName() + "Codec";
        Class<?> codecClass;
        try {
            codecClass = Class.forName(name, false, type.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!TypeCodec.class.isAssignableFrom(codecClass)) {
            return null; // an unrelated class that happens to have the name
        }
        if (!Modifier.isPublic(codecClass.getModifiers()) || Modifier.isAbstract(codecClass.getModifiers())) {
            throw new IllegalArgumentException(name + " must be a public concrete class to serve as the codec of "
                    + type.getName());
        }
        TypeCodec<?> codec;
        try {
            Constructor<?> ctor = codecClass.getConstructor();
            codec = (TypeCodec<?>) ctor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(name + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(name + " failed to construct: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name + " cannot be instantiated: " + e, e);
        }
        if (codec.type() != type) {
            throw new IllegalArgumentException(name + " is the codec of " + codec.type() + ", not of " + type.getName());
        }
        return codec;
    }
}
