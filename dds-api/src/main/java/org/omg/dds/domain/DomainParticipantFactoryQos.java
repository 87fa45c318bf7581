package org.omg.dds.domain;

import org.omg.dds.core.EntityQos;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.QosPolicy;

/**
 * The QoS of the {@link DomainParticipantFactory}; its only policy, {@link EntityFactory}, says
 * whether the participants it creates are enabled automatically. Instances are immutable: the
 * {@code with...} methods return modified copies.
 */
public interface DomainParticipantFactoryQos extends EntityQos<QosPolicy.ForDomainParticipantFactory> {

    /** Returns the policy that says whether newly created participants are enabled automatically. */
    EntityFactory getEntityFactory();

    /**
     * Returns a copy of this QoS with the given policy replaced. The parameter type, a data writer
     * policy, is what the OMG PSM declares; prefer
     * {@link #withPolicy(QosPolicy.ForDomainParticipantFactory)}.
     */
    DomainParticipantFactoryQos withPolicy(QosPolicy.ForDataWriter policy);

    /**
     * Returns a copy of this QoS with the given policies replaced. The parameter type, data writer
     * policies, is what the OMG PSM declares; prefer
     * {@link #withPolicies(QosPolicy.ForDomainParticipantFactory...)}.
     */
    DomainParticipantFactoryQos withPolicies(QosPolicy.ForDataWriter... policies);

    /**
     * Returns a copy of this QoS with the given policy replaced; kept for source compatibility with
     * OpenSplice's Java 5 API.
     */
    DomainParticipantFactoryQos withPolicy(QosPolicy.ForDomainParticipantFactory policy);

    /**
     * Returns a copy of this QoS with the given policies replaced; kept for source compatibility
     * with OpenSplice's Java 5 API.
     */
    DomainParticipantFactoryQos withPolicies(QosPolicy.ForDomainParticipantFactory... policies);
}
