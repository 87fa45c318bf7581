package org.omg.dds.core.policy;

/** TODO */
public interface EntityFactory extends QosPolicy.ForDomainParticipantFactory, QosPolicy.ForDomainParticipant, QosPolicy.ForPublisher, QosPolicy.ForSubscriber {

    /** TODO */
    boolean isAutoEnableCreatedEntities();

    /** TODO */
    EntityFactory withAutoEnableCreatedEntities(boolean value);
}
