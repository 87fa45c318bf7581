package org.omg.dds.core.status;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import java.util.Set;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/** TODO */
public abstract class Status implements Serializable, DDSObject {

    /** TODO */
    public Status() {
    }

    /** TODO */
    public static Set<Class<? extends Status>> allStatuses(ServiceEnvironment env) {
        return Environments.spi(env).allStatusKinds();
    }

    /** TODO */
    public static Set<Class<? extends Status>> noStatuses(ServiceEnvironment env) {
        return Environments.spi(env).noStatusKinds();
    }
}
