package org.omg.dds.type.dynamic;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/** Creates {@link DynamicData} samples of {@link DynamicType}s. */
public abstract class DynamicDataFactory implements DDSObject {

    /** For implementations; applications call {@link #getInstance(ServiceEnvironment)}. */
    public DynamicDataFactory() {
    }

    /**
     * The data factory of {@code env}.
     *
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static DynamicDataFactory getInstance(ServiceEnvironment env) {
        return Environments.spi(env).getDynamicDataFactory();
    }

    /** A new sample of {@code type} with every member at its default value. */
    public abstract DynamicData newDynamicData(DynamicType type);
}
