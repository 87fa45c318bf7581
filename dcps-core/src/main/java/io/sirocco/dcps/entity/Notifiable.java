package io.sirocco.dcps.entity;

/** An entity whose listener calls can be deferred until the caller has released its locks. */
public interface Notifiable {

    /** Calls the listener responsible for {@code kind} (this entity's or an enclosing one's), if any. */
    void dispatch(StatusKind kind);
}
