package io.sirocco.dcps.type;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.type.TypeSupport;

/**
 * Sirocco's {@link TypeSupport}: a {@link TypeCodec} bound to an environment and to the name the type
 * is registered under (the codec's IDL name unless the application chose another).
 *
 * @param <T> the Java class of the samples
 */
public final class SiroccoTypeSupport<T> extends TypeSupport<T> {
    private final ServiceEnvironment environment;
    private final TypeCodec<T> codec;
    private final String typeName;

    /**
     * @param registeredName the registered type name, or {@code null} for {@link TypeCodec#typeName()}
     * @throws IllegalArgumentException if {@code environment} or {@code codec} is {@code null}, or the
     *         name is empty
     */
    public SiroccoTypeSupport(ServiceEnvironment environment, TypeCodec<T> codec, String registeredName) {
        if (environment == null) {
            throw new IllegalArgumentException("environment must not be null");
        }
        if (codec == null) {
            throw new IllegalArgumentException("codec must not be null");
        }
        if (registeredName != null && registeredName.isEmpty()) {
            throw new IllegalArgumentException("registeredName must not be empty (pass null for the default name)");
        }
        this.environment = environment;
        this.codec = codec;
        this.typeName = registeredName != null ? registeredName : codec.typeName();
    }

    /**
     * Type support for {@code type} with the codec {@link TypeCodecs#forClass} finds.
     *
     * @param registeredName the registered type name, or {@code null} for the codec's IDL name
     * @throws IllegalArgumentException if {@code environment} or {@code type} is {@code null}, or the type
     *         cannot have a codec
     */
    public static <T> SiroccoTypeSupport<T> create(ServiceEnvironment environment, Class<T> type, String registeredName) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if (environment == null) {
            throw new IllegalArgumentException("environment must not be null");
        }
        return new SiroccoTypeSupport<>(environment, TypeCodecs.forClass(type), registeredName);
    }

    /** The codec that serializes, copies and compares the samples. */
    public TypeCodec<T> codec() {
        return codec;
    }

    @Override
    public T newData() {
        return codec.newSample(environment);
    }

    @Override
    public Class<T> getType() {
        return codec.type();
    }

    @Override
    public String getTypeName() {
        return typeName;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public String toString() {
        return "TypeSupport[" + typeName + " -> " + codec.type().getName() + ", " + codec.encoding() + "]";
    }
}
