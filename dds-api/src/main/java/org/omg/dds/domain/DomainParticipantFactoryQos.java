package org.omg.dds.domain;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.QosPolicy;

/** TODO */
public interface DomainParticipantFactoryQos extends EntityQos<QosPolicy.ForDomainParticipantFactory> {

    /** TODO */
    EntityFactory getEntityFactory();

    /** TODO */
    DomainParticipantFactoryQos withPolicy(QosPolicy.ForDataWriter forDataWriter);

    /** TODO */
    DomainParticipantFactoryQos withPolicies(QosPolicy.ForDataWriter... forDataWriters);

/** TODO (OpenSplice addition) */
DomainParticipantFactoryQos withPolicy(QosPolicy.ForDomainParticipantFactory policy);

/** TODO (OpenSplice addition) */
DomainParticipantFactoryQos withPolicies(QosPolicy.ForDomainParticipantFactory... policies);
}
