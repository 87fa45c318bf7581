package org.omg.dds.core;

import java.io.Closeable;
import java.util.Collection;
import java.util.EventListener;
import java.util.Set;
import org.omg.dds.core.status.Status;

/**
 * The common base of every DDS entity: domain participants, topics, publishers, subscribers, data
 * writers and data readers. An entity has a QoS, an optional listener notified of changes of its
 * communication statuses, a {@link StatusCondition} usable with a {@link WaitSet}, and a lifecycle
 * (created, possibly enabled later, then closed).
 *
 * @param <LISTENER> the type of listener this kind of entity accepts
 * @param <QOS> the type of QoS this kind of entity is configured with
 */
public interface Entity<LISTENER extends EventListener, QOS extends EntityQos<?>>
        extends Closeable, DDSObject {

    /**
     * Returns the listener currently installed on this entity.
     *
     * @return the listener, or {@code null} if none is installed
     */
    LISTENER getListener();

    /**
     * Installs {@code listener} for every status this kind of entity supports, replacing any
     * previous listener; equivalent to {@link #setListener(EventListener, Collection)} with all
     * statuses.
     *
     * @param listener the new listener, or {@code null} to remove the current one
     */
    void setListener(LISTENER listener);

    /**
     * Installs {@code listener}, replacing any previous one, and arranges for it to be called only
     * for changes of the given statuses. Statuses not in the set are left to the listeners of the
     * enclosing entities (for example the subscriber, then the participant).
     *
     * @param listener the new listener, or {@code null} to remove the current one
     * @param statuses the status classes the listener is interested in
     */
    void setListener(LISTENER listener, Collection<Class<? extends Status>> statuses);

    /**
     * Convenience equivalent to {@link #setListener(EventListener, Collection)} that takes the status
     * classes as arguments; kept for source compatibility with OpenSplice's Java 5 API.
     *
     * @param listener the new listener, or {@code null} to remove the current one
     * @param statuses the status classes the listener is interested in
     */
    void setListener(LISTENER listener, Class<? extends Status>... statuses);

    /**
     * Returns the QoS currently in effect for this entity. The returned object is a snapshot: it is
     * not affected by later calls to {@link #setQos(EntityQos)}.
     */
    QOS getQos();

    /**
     * Replaces the QoS of this entity. Some policies may only be changed before the entity is
     * enabled; changed policies that affect matching are propagated to remote entities.
     *
     * @param qos the new QoS
     * @throws ImmutablePolicyException if {@code qos} changes a policy that cannot be changed once
     *         the entity is enabled
     * @throws InconsistentPolicyException if the policies of {@code qos} contradict each other
     */
    void setQos(QOS qos);

    /**
     * Replaces the QoS of this entity with the one defined by a profile of a QoS library.
     *
     * @param qosLibraryName the name of the library that holds the profile
     * @param qosProfileName the name of the profile within that library
     * @throws ImmutablePolicyException if the profile changes a policy that cannot be changed once
     *         the entity is enabled
     * @throws InconsistentPolicyException if the policies of the profile contradict each other
     */
    void setQos(String qosLibraryName, String qosProfileName);

    /**
     * Enables this entity, making it take part in communication. Entities are enabled on creation
     * unless the entity-factory policy of their parent says otherwise; before that, most operations
     * throw {@link NotEnabledException}. Enabling an entity that is already enabled has no effect.
     *
     * @throws PreconditionNotMetException if the parent of this entity is not enabled
     */
    void enable();

    /**
     * Returns the status condition of this entity, which triggers when one of its enabled statuses
     * changes. Each entity has exactly one, created with it.
     */
    StatusCondition<?> getStatusCondition();

    /**
     * Returns the communication statuses of this entity that have changed since the application
     * last read them, through a status getter or a listener call.
     *
     * @return the classes of the changed statuses; empty if none changed
     */
    Set<Class<? extends Status>> getStatusChanges();

    /**
     * Returns the handle that identifies this entity within the local Service, for example as the
     * instance handle of the built-in topic samples that describe it.
     */
    InstanceHandle getInstanceHandle();

    /**
     * Closes this entity, together with every entity it contains, and releases their resources.
     * Afterwards, operations on the closed entities throw {@link AlreadyClosedException}.
     */
    void close();

    /**
     * Tells the Service that the application may drop all its references to this entity but
     * expects to look it up again later, so the entity must stay open instead of being closed
     * automatically once it is no longer referenced.
     */
    void retain();
}
