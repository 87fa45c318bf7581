package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicy.ForDomainParticipantFactory;
import org.omg.dds.domain.DomainParticipantFactoryQos;

/**
 * Sirocco's immutable {@link DomainParticipantFactoryQos}; its only standard policy is
 * {@link EntityFactory}. The OMG API also declares {@code withPolicy} for data writer policies; those
 * overloads accept a policy only if it also applies to the participant factory, and none of the
 * standard ones does.
 */
public final class SiroccoDomainParticipantFactoryQos
        extends PolicyMapQos<ForDomainParticipantFactory, SiroccoDomainParticipantFactoryQos>
        implements DomainParticipantFactoryQos {
    private static final long serialVersionUID = 1L;

    private SiroccoDomainParticipantFactoryQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForDomainParticipantFactory>, ForDomainParticipantFactory> policies) {
        super(environment, ForDomainParticipantFactory.class, policies);
    }

    /** The DDS default: created participants are enabled automatically. */
    public static SiroccoDomainParticipantFactoryQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoDomainParticipantFactoryQos(env,
                mapOf(List.<ForDomainParticipantFactory>of(f.EntityFactory())));
    }

    @Override
    SiroccoDomainParticipantFactoryQos copyWith(
            LinkedHashMap<Class<? extends ForDomainParticipantFactory>, ForDomainParticipantFactory> policies) {
        return new SiroccoDomainParticipantFactoryQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "DomainParticipantFactoryQos";
    }

    @Override
    public EntityFactory getEntityFactory() {
        return policy(EntityFactory.class);
    }

    /** Accepted only when {@code policy} also applies to the participant factory. */
    @Override
    public SiroccoDomainParticipantFactoryQos withPolicy(QosPolicy.ForDataWriter policy) {
        return copyWith(replacing("policy", policy));
    }

    /** Accepted only when every policy also applies to the participant factory. */
    @Override
    public SiroccoDomainParticipantFactoryQos withPolicies(QosPolicy.ForDataWriter... policies) {
        return copyWith(replacing("policies", (QosPolicy[]) policies));
    }
}
