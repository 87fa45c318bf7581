package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.QosPolicy.ForDomainParticipant;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.domain.DomainParticipantQos;

/** Sirocco's immutable {@link DomainParticipantQos}: user data and the entity-factory setting. */
public final class SiroccoDomainParticipantQos
        extends PolicyMapQos<ForDomainParticipant, SiroccoDomainParticipantQos>
        implements DomainParticipantQos {
    private static final long serialVersionUID = 1L;

    private SiroccoDomainParticipantQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForDomainParticipant>, ForDomainParticipant> policies) {
        super(environment, ForDomainParticipant.class, policies);
    }

    /** The DDS default: empty user data, created entities enabled automatically. */
    public static SiroccoDomainParticipantQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoDomainParticipantQos(env,
                mapOf(List.<ForDomainParticipant>of(f.UserData(), f.EntityFactory())));
    }

    @Override
    SiroccoDomainParticipantQos copyWith(
            LinkedHashMap<Class<? extends ForDomainParticipant>, ForDomainParticipant> policies) {
        return new SiroccoDomainParticipantQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "DomainParticipantQos";
    }

    @Override
    public UserData getUserData() {
        return policy(UserData.class);
    }

    @Override
    public EntityFactory getEntityFactory() {
        return policy(EntityFactory.class);
    }
}
