package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.Consistency;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;

/**
 * Sirocco's {@link PolicyFactory}: every method returns the DDS default of its policy, built for
 * this factory's environment. Policies are cheap immutable values, so each call builds a fresh one.
 *
 * <p>Two defaults are Sirocco's choice where the specification leaves room:
 * <ul>
 * <li>{@link #Reliability()} is {@code BEST_EFFORT} with a 100 ms maximum blocking time, the
 *     topic and reader default; {@link #writerReliability()} gives the writer default.</li>
 * <li>{@link #TypeConsistency()} is {@code ASSIGNABLE_TYPE_CONSISTENCY}, the most lenient kind of
 *     the OMG enum. It is the closest to the published DDS-XTypes default (type coercion allowed
 *     under the assignability rules), so a reader accepts every writer whose type it can read.</li>
 * </ul>
 */
public final class SiroccoPolicyFactory extends PolicyFactory {
    /** The maximum blocking time of the default reliability policies, in milliseconds. */
    public static final long DEFAULT_MAX_BLOCKING_TIME_MILLIS = 100;

    private final ServiceEnvironment environment;

    public SiroccoPolicyFactory(ServiceEnvironment environment) {
        this.environment = Args.env(environment);
    }

    private NanoDuration zero() {
        return new NanoDuration(environment, 0);
    }

    private NanoDuration infinite() {
        return new NanoDuration(environment, NanoDuration.INFINITE_NANOS);
    }

    @Override
    public ServiceEnvironment getEnvironment() {
        return environment;
    }

    @Override
    public DurabilityPolicy Durability() {
        return DurabilityPolicy.of(environment, Durability.Kind.VOLATILE);
    }

    @Override
    public DeadlinePolicy Deadline() {
        return DeadlinePolicy.of(environment, infinite());
    }

    @Override
    public LatencyBudgetPolicy LatencyBudget() {
        return LatencyBudgetPolicy.of(environment, zero());
    }

    @Override
    public LivelinessPolicy Liveliness() {
        return LivelinessPolicy.of(environment, Liveliness.Kind.AUTOMATIC, infinite());
    }

    @Override
    public DestinationOrderPolicy DestinationOrder() {
        return DestinationOrderPolicy.of(environment, DestinationOrder.Kind.BY_RECEPTION_TIMESTAMP);
    }

    @Override
    public HistoryPolicy History() {
        return HistoryPolicy.of(environment, History.Kind.KEEP_LAST, 1);
    }

    @Override
    public ResourceLimitsPolicy ResourceLimits() {
        return ResourceLimitsPolicy.unlimited(environment);
    }

    @Override
    public UserDataPolicy UserData() {
        return UserDataPolicy.empty(environment);
    }

    @Override
    public OwnershipPolicy Ownership() {
        return OwnershipPolicy.of(environment, Ownership.Kind.SHARED);
    }

    @Override
    public TimeBasedFilterPolicy TimeBasedFilter() {
        return TimeBasedFilterPolicy.of(environment, zero());
    }

    @Override
    public ReaderDataLifecyclePolicy ReaderDataLifecycle() {
        return ReaderDataLifecyclePolicy.of(environment, infinite(), infinite());
    }

    /** The empty list, which stands for XCDR. */
    @Override
    public DataRepresentationPolicy Representation() {
        return DataRepresentationPolicy.of(environment, new short[0]);
    }

    /** {@code ASSIGNABLE_TYPE_CONSISTENCY}; see the class comment for why. */
    @Override
    public TypeConsistencyEnforcementPolicy TypeConsistency() {
        return TypeConsistencyEnforcementPolicy.of(environment,
                TypeConsistencyEnforcement.Kind.ASSIGNABLE_TYPE_CONSISTENCY);
    }

    @Override
    public DurabilityServicePolicy DurabilityService() {
        return DurabilityServicePolicy.of(environment, zero(), History.Kind.KEEP_LAST, 1,
                ResourceLimits.LENGTH_UNLIMITED, ResourceLimits.LENGTH_UNLIMITED, ResourceLimits.LENGTH_UNLIMITED);
    }

    /** {@code BEST_EFFORT} with a 100 ms maximum blocking time, the topic and reader default. */
    @Override
    public ReliabilityPolicy Reliability() {
        return ReliabilityPolicy.of(environment, Reliability.Kind.BEST_EFFORT,
                NanoDuration.of(environment, DEFAULT_MAX_BLOCKING_TIME_MILLIS, TimeUnit.MILLISECONDS));
    }

    /** {@code RELIABLE} with a 100 ms maximum blocking time, the data writer default. */
    public ReliabilityPolicy writerReliability() {
        return Reliability().withReliable();
    }

    @Override
    public TransportPriorityPolicy TransportPriority() {
        return TransportPriorityPolicy.of(environment, 0);
    }

    @Override
    public LifespanPolicy Lifespan() {
        return LifespanPolicy.of(environment, infinite());
    }

    @Override
    public OwnershipStrengthPolicy OwnershipStrength() {
        return OwnershipStrengthPolicy.of(environment, 0);
    }

    @Override
    public WriterDataLifecyclePolicy WriterDataLifecycle() {
        return WriterDataLifecyclePolicy.of(environment, true);
    }

    @Override
    public PartitionPolicy Partition() {
        return PartitionPolicy.of(environment);
    }

    @Override
    public GroupDataPolicy GroupData() {
        return GroupDataPolicy.empty(environment);
    }

    @Override
    public EntityFactoryPolicy EntityFactory() {
        return EntityFactoryPolicy.of(environment, true);
    }

    /** The same as {@link #Representation()}. */
    @Override
    public DataRepresentationPolicy DataRepresentation() {
        return Representation();
    }

    @Override
    public PresentationPolicy Presentation() {
        return PresentationPolicy.of(environment, Presentation.AccessScopeKind.INSTANCE, false, false);
    }

    @Override
    public TopicDataPolicy TopicData() {
        return TopicDataPolicy.empty(environment);
    }

    /** Sirocco's {@link Consistency} default, {@code EVENTUAL}. */
    public Consistency Consistency() {
        return io.sirocco.dds.qos.Consistency.eventual(environment);
    }

    /** Sirocco's {@link Acceleration} default, {@code NONE}. */
    public Acceleration Acceleration() {
        return io.sirocco.dds.qos.Acceleration.none(environment);
    }

    @Override
    public String toString() {
        return "SiroccoPolicyFactory";
    }
}
