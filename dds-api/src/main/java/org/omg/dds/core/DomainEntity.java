package org.omg.dds.core;

import java.util.EventListener;

/**
 * An entity that lives inside a domain participant, that is every entity except the participant
 * itself. Such an entity is created by, and belongs to, a parent entity.
 *
 * @param <LISTENER> the type of listener this kind of entity accepts
 * @param <QOS> the type of QoS this kind of entity is configured with
 */
public interface DomainEntity<LISTENER extends EventListener, QOS extends EntityQos<?>>
        extends Entity<LISTENER, QOS> {

    /**
     * Returns the entity that created this one: the participant for topics, publishers and
     * subscribers, the publisher for data writers and the subscriber for data readers.
     */
    Entity<?, ?> getParent();
}
