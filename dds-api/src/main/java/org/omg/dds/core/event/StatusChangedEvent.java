package org.omg.dds.core.event;

import java.util.EventObject;
import org.omg.dds.core.DDSObject;
import org.omg.dds.core.Entity;

/** TODO */
public abstract class StatusChangedEvent<SOURCE extends Entity<?, ?>> extends EventObject implements Cloneable, DDSObject {

    /** TODO */
    protected StatusChangedEvent(SOURCE source) {
        super(source);
    }

    /** TODO */
    public abstract SOURCE getSource();

    /** TODO */
    public abstract StatusChangedEvent<SOURCE> clone();

    /** TODO */
    protected void setSource(SOURCE source) {
        this.source = source;
    }
}
