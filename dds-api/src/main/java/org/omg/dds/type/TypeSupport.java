package org.omg.dds.type;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/**
 * Binds a Java class to a DDS data type: how samples are created and under which type name the
 * type is registered with a participant.
 *
 * @param <TYPE> the Java class of the samples
 */
public abstract class TypeSupport<TYPE> implements DDSObject {

    /** For implementations; applications call {@link #newTypeSupport(Class, ServiceEnvironment)}. */
    public TypeSupport() {
    }

    /**
     * Type support for {@code type} under the implementation's default type name (in Sirocco,
     * the IDL-style scoped name, e.g. {@code Module::Type}).
     *
     * @throws IllegalArgumentException if {@code type} or {@code env} is {@code null}
     */
    public static <TYPE> TypeSupport<TYPE> newTypeSupport(Class<TYPE> type, ServiceEnvironment env) {
        return newTypeSupport(type, null, env);
    }

    /**
     * Type support for {@code type} registered as {@code registeredName}; {@code null} means the
     * default name.
     *
     * @throws IllegalArgumentException if {@code type} or {@code env} is {@code null}
     */
    public static <TYPE> TypeSupport<TYPE> newTypeSupport(
            Class<TYPE> type, String registeredName, ServiceEnvironment env) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        return Environments.spi(env).newTypeSupport(type, registeredName);
    }

    /** A new sample with every field at its default value. */
    public abstract TYPE newData();

    /** The Java class of the samples. */
    public abstract Class<TYPE> getType();

    /** The name under which the type is registered (and announced on the wire). */
    public abstract String getTypeName();
}
