package io.sirocco.dcps.condition;

import io.sirocco.dcps.entity.StatusKind;
import java.util.Collection;
import java.util.Set;
import java.util.function.IntSupplier;
import org.omg.dds.core.Entity;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.Status;

/**
 * The status condition of one entity: triggered while any of its enabled statuses has changed
 * since it was last read. Every status is enabled initially.
 */
public final class SiroccoStatusCondition<E extends Entity<?, ?>> implements StatusCondition<E>, AttachableCondition {
    private final ServiceEnvironment environment;
    private final E parent;
    private final IntSupplier changedStatuses;
    private final WaitSetLinks links = new WaitSetLinks();
    private volatile int enabledMask = StatusKind.ALL_MASK;

    public SiroccoStatusCondition(ServiceEnvironment environment, E parent, IntSupplier changedStatuses) {
        this.environment = environment;
        this.parent = parent;
        this.changedStatuses = changedStatuses;
    }

    @Override
    public boolean getTriggerValue() {
        return (changedStatuses.getAsInt() & enabledMask) != 0;
    }

    /** Called by the entity when one of its statuses changed. */
    public void statusChanged(StatusKind kind) {
        if (kind.in(enabledMask)) {
            links.signal();
        }
    }

    @Override
    public Set<Class<? extends Status>> getEnabledStatuses() {
        return StatusKind.classesOf(enabledMask);
    }

    @Override
    public void setEnabledStatuses(Collection<Class<? extends Status>> statuses) {
        enabledMask = StatusKind.maskOf(statuses);
        links.signal();
    }

    @Override
    @SafeVarargs
    public final void setEnabledStatuses(Class<? extends Status>... statuses) {
        enabledMask = StatusKind.maskOf(statuses);
        links.signal();
    }

    @Override
    public E getParent() {
        return parent;
    }

    @Override
    public WaitSetLinks waitSetLinks() {
        return links;
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }
}
