package org.omg.dds.type.dynamic;

import io.sirocco.dds.spi.Environments;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/** TODO */
public abstract class DynamicDataFactory implements DDSObject {

    /** TODO */
    public DynamicDataFactory() {
    }

    /** TODO */
    public static DynamicDataFactory getInstance(ServiceEnvironment env) {
        return Environments.spi(env).getDynamicDataFactory();
    }

    /** TODO */
    public abstract DynamicData newDynamicData(DynamicType dynamicType);
}
