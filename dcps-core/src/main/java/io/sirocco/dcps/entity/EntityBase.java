package io.sirocco.dcps.entity;

import io.sirocco.dcps.condition.SiroccoStatusCondition;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.LongInstanceHandle;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.error.EntityClosedException;
import io.sirocco.dcps.error.EntityNotEnabledException;
import io.sirocco.dcps.error.PreconditionFailedException;
import java.util.Collection;
import java.util.EventListener;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.omg.dds.core.Entity;
import org.omg.dds.core.EntityQos;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.status.Status;

/**
 * What every Sirocco entity shares: identity, enabled and closed state, QoS, listener with its
 * status mask, the changed-status mask and the status condition.
 *
 * @param <L> the listener type
 * @param <Q> the QoS type
 */
public abstract class EntityBase<L extends EventListener, Q extends EntityQos<?>> implements Notifiable {
    protected final SiroccoServiceEnvironment environment;
    protected final long handle;
    protected final Guid guid;
    private final AtomicInteger changedStatuses = new AtomicInteger();
    private final SiroccoStatusCondition<?> statusCondition;
    private volatile boolean enabled;
    private volatile boolean closed;
    private volatile Q qos;
    private volatile L listener;
    private volatile int listenerMask;

    @SuppressWarnings({"unchecked", "rawtypes", "this-escape"})
    protected EntityBase(SiroccoServiceEnvironment environment, long handle, Guid guid, Q qos, L listener, int mask) {
        this.environment = environment;
        this.handle = handle;
        this.guid = guid;
        this.qos = qos;
        this.listener = listener;
        this.listenerMask = listener == null ? 0 : mask;
        this.statusCondition = new SiroccoStatusCondition(environment, (Entity<?, ?>) this, changedStatuses::get);
    }

    /** A short description for error messages, e.g. {@code DataReader of topic "Square"}. */
    protected abstract String describe();

    public final long handle() {
        return handle;
    }

    public final Guid guid() {
        return guid;
    }

    public final SiroccoServiceEnvironment environment() {
        return environment;
    }

    public final ServiceEnvironment getEnvironment() {
        return environment;
    }

    public final InstanceHandle getInstanceHandle() {
        return new LongInstanceHandle(environment, handle);
    }

    public final void retain() {
        // Entities stay reachable through their parents until closed: nothing to do.
    }

    public final L getListener() {
        checkOpen();
        return listener;
    }

    public final void setListener(L newListener) {
        setListener(newListener, StatusKind.ALL_MASK);
    }

    public final void setListener(L newListener, Collection<Class<? extends Status>> statuses) {
        setListener(newListener, StatusKind.maskOf(statuses));
    }

    @SafeVarargs
    public final void setListener(L newListener, Class<? extends Status>... statuses) {
        setListener(newListener, StatusKind.maskOf(statuses));
    }

    private void setListener(L newListener, int mask) {
        checkOpen();
        this.listener = newListener;
        this.listenerMask = newListener == null ? 0 : mask;
    }

    /** The listener, if it is set and listens to {@code kind}; else {@code null}. */
    public final L listenerFor(StatusKind kind) {
        L current = listener;
        return current != null && kind.in(listenerMask) ? current : null;
    }

    public final Q getQos() {
        checkOpen();
        return qos;
    }

    /** The current QoS without the closed check, for internal use. */
    public final Q qos() {
        return qos;
    }

    /** Replaces the QoS after the subclass validated it (consistency, immutable policies). */
    protected final void replaceQos(Q newQos) {
        this.qos = newQos;
    }

    public final Set<Class<? extends Status>> getStatusChanges() {
        checkOpen();
        return StatusKind.classesOf(changedStatuses.get());
    }

    /** The raw changed-status mask. */
    public final int changedStatusMask() {
        return changedStatuses.get();
    }

    /** Marks {@code kind} as changed and wakes wait sets watching the status condition. */
    public final void statusChanged(StatusKind kind) {
        int bit = kind.bit;
        int current;
        do {
            current = changedStatuses.get();
            if ((current & bit) != 0) {
                statusCondition.statusChanged(kind);
                return;
            }
        } while (!changedStatuses.compareAndSet(current, current | bit));
        statusCondition.statusChanged(kind);
    }

    /** Clears {@code kind}: the application read it (get_xxx_status, a listener call, read/take). */
    public final void statusRead(StatusKind kind) {
        int bit = kind.bit;
        int current;
        do {
            current = changedStatuses.get();
            if ((current & bit) == 0) {
                return;
            }
        } while (!changedStatuses.compareAndSet(current, current & ~bit));
    }

    protected final SiroccoStatusCondition<?> statusConditionInternal() {
        return statusCondition;
    }

    public final boolean isEnabled() {
        return enabled;
    }

    public final boolean isClosed() {
        return closed;
    }

    /**
     * Enables the entity if it is not enabled yet.
     *
     * @throws PreconditionFailedException if its parent is not enabled
     */
    public final void enable() {
        checkOpen();
        if (enabled) {
            return;
        }
        if (!parentEnabled()) {
            throw new PreconditionFailedException(environment, "cannot enable the " + describe()
                    + ": its parent is not enabled");
        }
        synchronized (this) {
            if (enabled) {
                return;
            }
            enabled = true;
        }
        onEnabled();
    }

    /** Whether the parent entity is enabled (true for entities without a parent). */
    protected abstract boolean parentEnabled();

    /** Work done once when the entity becomes enabled (announce, match, enable children...). */
    protected abstract void onEnabled();

    /** Marks the entity closed; returns false if it already was. */
    protected final boolean markClosed() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
        }
        statusCondition.waitSetLinks().detachAll(statusCondition);
        return true;
    }

    public final void checkOpen() {
        if (closed) {
            throw new EntityClosedException(environment, "the " + describe() + " is closed");
        }
    }

    public final void checkEnabled() {
        checkOpen();
        if (!enabled) {
            throw new EntityNotEnabledException(environment, "the " + describe() + " is not enabled");
        }
    }

    @Override
    public String toString() {
        return describe() + " [" + guid + "]";
    }
}
