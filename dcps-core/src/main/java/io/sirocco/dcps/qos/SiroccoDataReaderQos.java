package io.sirocco.dcps.qos;

import java.util.LinkedHashMap;
import java.util.List;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.QosPolicy.ForDataReader;
import org.omg.dds.core.policy.ReaderDataLifecycle;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.sub.DataReaderQos;

/**
 * Sirocco's immutable {@link DataReaderQos}, including the {@link #getReliability()} getter that
 * OpenSplice added. Besides the standard policies it always holds Sirocco's {@code Consistency} and
 * {@code Acceleration}, reachable with {@code get(Consistency.class)}.
 */
public final class SiroccoDataReaderQos extends PolicyMapQos<ForDataReader, SiroccoDataReaderQos>
        implements DataReaderQos {
    private static final long serialVersionUID = 1L;

    private SiroccoDataReaderQos(ServiceEnvironment environment,
            LinkedHashMap<Class<? extends ForDataReader>, ForDataReader> policies) {
        super(environment, ForDataReader.class, policies);
    }

    /**
     * The DDS default: reliability {@code BEST_EFFORT}, history {@code KEEP_LAST} 1, no time-based
     * filter, infinite purge delays, everything else as {@link SiroccoPolicyFactory} gives it; with
     * {@code EVENTUAL} consistency and no acceleration.
     */
    public static SiroccoDataReaderQos defaults(ServiceEnvironment env) {
        SiroccoPolicyFactory f = new SiroccoPolicyFactory(env);
        return new SiroccoDataReaderQos(env, mapOf(List.<ForDataReader>of(
                f.Durability(), f.Deadline(), f.LatencyBudget(), f.Liveliness(), f.Reliability(),
                f.DestinationOrder(), f.History(), f.ResourceLimits(), f.UserData(), f.Ownership(),
                f.TimeBasedFilter(), f.ReaderDataLifecycle(), f.Representation(), f.TypeConsistency(),
                f.Consistency(), f.Acceleration())));
    }

    @Override
    SiroccoDataReaderQos copyWith(LinkedHashMap<Class<? extends ForDataReader>, ForDataReader> policies) {
        return new SiroccoDataReaderQos(getEnvironment(), policies);
    }

    @Override
    String qosName() {
        return "DataReaderQos";
    }

    @Override
    public Durability getDurability() {
        return policy(Durability.class);
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
    public UserData getUserData() {
        return policy(UserData.class);
    }

    @Override
    public Ownership getOwnership() {
        return policy(Ownership.class);
    }

    @Override
    public TimeBasedFilter getTimeBasedFilter() {
        return policy(TimeBasedFilter.class);
    }

    @Override
    public ReaderDataLifecycle getReaderDataLifecycle() {
        return policy(ReaderDataLifecycle.class);
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
