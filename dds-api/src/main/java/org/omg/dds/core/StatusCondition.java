package org.omg.dds.core;

import java.util.Collection;
import java.util.Set;
import org.omg.dds.core.status.Status;

/** TODO */
public interface StatusCondition<ENTITY extends Entity<?, ?>> extends Condition {

    /** TODO */
    Set<Class<? extends Status>> getEnabledStatuses();

    /** TODO */
    void setEnabledStatuses(Collection<Class<? extends Status>> statuses);

    /** TODO (OpenSplice addition) */
    void setEnabledStatuses(Class<? extends Status>... statuses);

    /** TODO */
    ENTITY getParent();
}
