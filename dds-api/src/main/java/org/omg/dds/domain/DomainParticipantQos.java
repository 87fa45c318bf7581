package org.omg.dds.domain;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.UserData;

/**
 * The QoS of a {@link DomainParticipant}. Instances are immutable: the {@code with...} methods
 * return modified copies.
 */
public interface DomainParticipantQos extends EntityQos<QosPolicy.ForDomainParticipant> {

    /** Returns the application data attached to the participant and announced in discovery. */
    UserData getUserData();

    /** Returns the policy that says whether entities created by the participant are enabled automatically. */
    EntityFactory getEntityFactory();

    /** Returns a copy of this QoS with the given policy replaced. */
    DomainParticipantQos withPolicy(QosPolicy.ForDomainParticipant policy);

    /** Returns a copy of this QoS with the given policies replaced. */
    DomainParticipantQos withPolicies(QosPolicy.ForDomainParticipant... policies);
}
