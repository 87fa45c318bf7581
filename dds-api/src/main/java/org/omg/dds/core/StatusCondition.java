package org.omg.dds.core;

import java.util.Collection;
import java.util.Set;
import org.omg.dds.core.status.Status;

/**
 * The condition that every entity owns for waiting on its communication statuses with a
 * {@link WaitSet}, as an alternative to a listener. It is triggered while at least one of its
 * enabled statuses has changed and not yet been read by the application.
 *
 * @param <ENTITY> the type of the entity this condition belongs to
 */
public interface StatusCondition<ENTITY extends Entity<?, ?>> extends Condition {

    /**
     * Returns the statuses whose changes can trigger this condition; initially all the statuses of
     * the entity.
     */
    Set<Class<? extends Status>> getEnabledStatuses();

    /**
     * Selects the statuses whose changes can trigger this condition, replacing the previous
     * selection; the trigger value is re-evaluated at once.
     *
     * @param statuses the status classes to enable
     */
    void setEnabledStatuses(Collection<Class<? extends Status>> statuses);

    /**
     * Convenience equivalent to {@link #setEnabledStatuses(Collection)} that takes the status
     * classes as arguments; kept for source compatibility with OpenSplice's Java 5 API.
     *
     * @param statuses the status classes to enable
     */
    void setEnabledStatuses(Class<? extends Status>... statuses);

    /** Returns the entity this condition belongs to. */
    ENTITY getParent();
}
