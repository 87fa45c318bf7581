package org.omg.dds.core.policy;

/**
 * Controls whether the entities an entity creates (a factory's participants, a participant's
 * publishers, subscribers and topics, a publisher's writers, a subscriber's readers) are enabled
 * as soon as they are created, or only when the application enables them.
 *
 * <p>Applies to the domain participant factory, domain participants, publishers and subscribers.
 * Default: created entities are enabled automatically. It can be changed at any time; a change
 * only affects entities created afterwards.
 *
 * <p>Instances are immutable: each {@code withXxx} method returns a modified copy and leaves this
 * policy unchanged.
 */
public interface EntityFactory extends QosPolicy.ForDomainParticipantFactory, QosPolicy.ForDomainParticipant, QosPolicy.ForPublisher, QosPolicy.ForSubscriber {

    /** Returns whether newly created entities are enabled automatically. */
    boolean isAutoEnableCreatedEntities();

    /** Returns a copy of this policy with automatic enabling of created entities switched on or off. */
    EntityFactory withAutoEnableCreatedEntities(boolean autoEnableCreatedEntities);
}
