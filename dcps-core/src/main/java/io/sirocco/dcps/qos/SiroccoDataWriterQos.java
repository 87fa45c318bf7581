package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.QosPolicy.ForDataWriter;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.core.policy.WriterDataLifecycle;
import org.omg.dds.pub.DataWriterQos;

/**
 * Sirocco's immutable {@link DataWriterQos}. Besides the standard policies it always holds Sirocco's
 * {@code Consistency} and {@code Acceleration}, reachable with {@code get(Consistency.class)}.
 */
public final class SiroccoDataWriterQos extends PolicyMapQos<ForDataWriter, SiroccoDataWriterQos>
        implements DataWriterQos {
    private static final long serialVersionUID = 1L;

    private SiroccoDataWriterQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForDataWriter>, ForDataWriter> policies) {
        super(environment, ForDataWriter.class, policies);
    }

    /**
     * The DDS default: as the topic default, but reliability {@code RELIABLE} with a 100 ms maximum
     * blocking time, plus ownership strength 0, empty user data and auto-dispose of unregistered
     * instances; with {@code EVENTUAL} consistency and no acceleration.
     */
    public static SiroccoDataWriterQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoDataWriterQos(env, mapOf(List.<ForDataWriter>of(
                f.Durability(), f.DurabilityService(), f.Deadline(), f.LatencyBudget(), f.Liveliness(),
                f.writerReliability(), f.DestinationOrder(), f.History(), f.ResourceLimits(),
                f.TransportPriority(), f.Lifespan(), f.UserData(), f.Ownership(), f.OwnershipStrength(),
                f.WriterDataLifecycle(), f.Representation(), f.TypeConsistency(), f.Consistency(),
                f.Acceleration())));
    }

    @Override
    SiroccoDataWriterQos copyWith(LinkedHashMap<Class<? extends ForDataWriter>, ForDataWriter> policies) {
        return new SiroccoDataWriterQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "DataWriterQos";
    }

    @Override
    public Durability getDurability() {
        return policy(Durability.class);
    }

    @Override
    public DurabilityService getDurabilityService() {
        return policy(DurabilityService.class);
    }

    @Override
    public Deadline getDeadline() {
        return policy(Deadline.class);
    }

    @Override
    public LatencyBudget getLatencyBudget() {
        return policy(LatencyBudget.class);
    }

    @Override
    public Liveliness getLiveliness() {
        return policy(Liveliness.class);
    }

    @Override
    public Reliability getReliability() {
        return policy(Reliability.class);
    }

    @Override
    public DestinationOrder getDestinationOrder() {
        return policy(DestinationOrder.class);
    }

    @Override
    public History getHistory() {
        return policy(History.class);
    }

    @Override
    public ResourceLimits getResourceLimits() {
        return policy(ResourceLimits.class);
    }

    @Override
    public TransportPriority getTransportPriority() {
        return policy(TransportPriority.class);
    }

    @Override
    public Lifespan getLifespan() {
        return policy(Lifespan.class);
    }

    @Override
    public UserData getUserData() {
        return policy(UserData.class);
    }

    @Override
    public Ownership getOwnership() {
        return policy(Ownership.class);
    }

    @Override
    public OwnershipStrength getOwnershipStrength() {
        return policy(OwnershipStrength.class);
    }

    @Override
    public WriterDataLifecycle getWriterDataLifecycle() {
        return policy(WriterDataLifecycle.class);
    }

    @Override
    public DataRepresentation getRepresentation() {
        return policy(DataRepresentation.class);
    }

    @Override
    public TypeConsistencyEnforcement getTypeConsistency() {
        return policy(TypeConsistencyEnforcement.class);
    }
}
