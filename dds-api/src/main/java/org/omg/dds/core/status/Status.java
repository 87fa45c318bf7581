package org.omg.dds.core.status;

import io.sirocco.dds.spi.Environments;
import java.io.Serializable;
import java.util.Set;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.ServiceEnvironment;

/**
 * The base of the communication statuses that entities maintain about what happens to them (matches,
 * missed deadlines, lost samples, ...). The subclass objects are snapshots read from an entity or
 * delivered in events; the subclasses themselves serve as status kinds, in the sets that select the
 * statuses a listener or a {@link org.omg.dds.core.StatusCondition} reacts to.
 */
public abstract class Status implements Serializable, DDSObject {

    /** For implementations only; applications obtain statuses from entities and events. */
    public Status() {
    }

    /**
     * Returns the set of every status kind the implementation supports.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static Set<Class<? extends Status>> allStatuses(ServiceEnvironment env) {
        return Environments.spi(env).allStatusKinds();
    }

    /**
     * Returns the empty set of status kinds.
     *
     * @param env the environment of the implementation to use
     * @throws IllegalArgumentException if {@code env} is {@code null}
     */
    public static Set<Class<? extends Status>> noStatuses(ServiceEnvironment env) {
        return Environments.spi(env).noStatusKinds();
    }
}
