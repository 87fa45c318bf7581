package org.omg.dds.core.event;

import java.util.EventObject;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.Entity;

/**
 * The base of the events passed to listener callbacks when a communication status of an entity
 * changes. Each event carries the entity whose status changed and a snapshot of that status. The
 * Service may reuse an event object once the callback returns, so a listener that wants to keep it
 * must keep a {@link #clone()}.
 *
 * @param <SOURCE> the type of the entity whose status changed
 */
public abstract class StatusChangedEvent<SOURCE extends Entity<?, ?>>
        extends EventObject implements Cloneable, DDSObject {

    /**
     * Creates an event for a status change of {@code source}.
     *
     * @param source the entity whose status changed
     * @throws IllegalArgumentException if {@code source} is {@code null}
     */
    protected StatusChangedEvent(SOURCE source) {
        super(source);
    }

    /** Returns the entity whose status changed. */
    public abstract SOURCE getSource();

    /** Returns an independent copy of this event that remains valid after the callback returns. */
    public abstract StatusChangedEvent<SOURCE> clone();

    /**
     * Changes the entity this event reports on, so that implementations can reuse event objects.
     *
     * @param source the entity whose status changed
     */
    protected void setSource(SOURCE source) {
        this.source = source;
    }
}
