package io.sirocco.dcps.qos;

import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.QosPolicy;

/**
 * An extension policy that applies to topics, writers and the participant factory, standing for
 * future Sirocco extensions; the odd combination exercises the factory QoS's writer overloads.
 */
record TestOnlyPolicy(int value) implements QosPolicy.ForTopic, QosPolicy.ForDataWriter,
        QosPolicy.ForDomainParticipantFactory {
    @Override
    public ServiceEnvironment getEnvironment() {
        return null;
    }
}
