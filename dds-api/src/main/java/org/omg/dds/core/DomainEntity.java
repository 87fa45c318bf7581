package org.omg.dds.core;

import java.util.EventListener;

/** TODO */
public interface DomainEntity<LISTENER extends EventListener, QOS extends EntityQos<?>> extends Entity<LISTENER, QOS> {

    /** TODO */
    Entity<?, ?> getParent();
}
