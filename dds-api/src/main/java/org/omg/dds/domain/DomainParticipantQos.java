package org.omg.dds.domain;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.UserData;

/** TODO */
public interface DomainParticipantQos extends EntityQos<QosPolicy.ForDomainParticipant> {

    /** TODO */
    UserData getUserData();

    /** TODO */
    EntityFactory getEntityFactory();

    /** TODO */
    DomainParticipantQos withPolicy(QosPolicy.ForDomainParticipant forDomainParticipant);

    /** TODO */
    DomainParticipantQos withPolicies(QosPolicy.ForDomainParticipant... forDomainParticipants);
}
