package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.ParameterListReader;
import io.sirocco.rtps.wire.ParameterListWriter;
import io.sirocco.rtps.wire.Rtps;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.UserData;

/**
 * QoS policies as discovery parameters, both ways. Reading starts from the DDSI-RTPS defaults
 * (peers such as Cyclone DDS omit default values) and applies what the peer sent; Sirocco's own
 * policies travel in vendor-specific parameters that only a Sirocco peer interprets.
 */
final class QosParameters {
    /** Vendor-specific (Sirocco) parameter: Consistency kind as uint32 (0 EVENTUAL, 1 ATOMIC). */
    static final int SIROCCO_CONSISTENCY = ParameterIds.VENDOR_SPECIFIC | 0x0001;
    /** Vendor-specific (Sirocco) parameter: Acceleration kind as uint32 (0 NONE, 1 PREFERRED, 2 REQUIRED). */
    static final int SIROCCO_ACCELERATION = ParameterIds.VENDOR_SPECIFIC | 0x0002;

    private QosParameters() {
    }

    static long nanos(org.omg.dds.core.Duration duration) {
        long nanos = NanoDuration.nanosOf(duration);
        return nanos == NanoDuration.INFINITE_NANOS ? ParameterListWriter.INFINITE_NANOS : nanos;
    }

    /** The policies shared by writers and readers (and topics). */
    static void writeCommon(ParameterListWriter out, Durability durability, Deadline deadline,
            LatencyBudget latency, Liveliness liveliness, Reliability reliability, DestinationOrder order,
            History history, ResourceLimits limits, Ownership ownership, List<Short> representations) {
        out.putInt(ParameterIds.DURABILITY, durability.getKind().ordinal());
        out.putDuration(ParameterIds.DEADLINE, nanos(deadline.getPeriod()));
        out.putDuration(ParameterIds.LATENCY_BUDGET, nanos(latency.getDuration()));
        out.putKindAndDuration(ParameterIds.LIVELINESS, liveliness.getKind().ordinal(),
                nanos(liveliness.getLeaseDuration()));
        out.putKindAndDuration(ParameterIds.RELIABILITY, reliability.getKind() == Reliability.Kind.RELIABLE ? 2 : 1,
                nanos(reliability.getMaxBlockingTime()));
        out.putInt(ParameterIds.DESTINATION_ORDER, order.getKind().ordinal());
        out.putInts(ParameterIds.HISTORY, history.getKind().ordinal(), history.getDepth());
        out.putInts(ParameterIds.RESOURCE_LIMITS, limits.getMaxSamples(), limits.getMaxInstances(),
                limits.getMaxSamplesPerInstance());
        out.putInt(ParameterIds.OWNERSHIP, ownership.getKind().ordinal());
        out.putShorts(ParameterIds.DATA_REPRESENTATION, representations);
    }

    static void writePartition(ParameterListWriter out, Partition partition) {
        if (!partition.getName().isEmpty()) {
            out.putStrings(ParameterIds.PARTITION, partition.getName(), partition.getName().size());
        }
    }

    static void writePresentation(ParameterListWriter out, Presentation presentation) {
        out.putPresentation(presentation.getAccessScope().ordinal(), presentation.isCoherentAccess(),
                presentation.isOrderedAccess());
    }

    static void writeDurabilityService(ParameterListWriter out, DurabilityService service) {
        out.putDurabilityService(nanos(service.getServiceCleanupDelay()), service.getHistoryKind().ordinal(),
                service.getHistoryDepth(), service.getMaxSamples(), service.getMaxInstances(),
                service.getMaxSamplesPerInstance());
    }

    static void writeExtensions(ParameterListWriter out, Consistency consistency, Acceleration acceleration) {
        if (consistency != null) {
            out.putInt(SIROCCO_CONSISTENCY, consistency.getKind().ordinal());
        }
        if (acceleration != null) {
            out.putInt(SIROCCO_ACCELERATION, acceleration.getKind().ordinal());
        }
    }

    /**
     * Policies read so far, starting from the DDSI-RTPS defaults of the endpoint kind. {@code forWriter}
     * picks the writer defaults (RELIABLE) over the reader ones (BEST_EFFORT).
     */
    static final class Accumulator {
        final PolicyFactory policies;
        final SiroccoServiceEnvironment environment;
        Durability durability;
        DurabilityService durabilityService;
        Deadline deadline;
        LatencyBudget latency;
        Liveliness liveliness;
        Reliability reliability;
        DestinationOrder order;
        History history;
        ResourceLimits limits;
        Ownership ownership;
        OwnershipStrength strength;
        Lifespan lifespan;
        TimeBasedFilter timeBasedFilter;
        TransportPriority transportPriority;
        UserData userData;
        TopicData topicData;
        GroupData groupData;
        Partition partition;
        Presentation presentation;
        DataRepresentation representation;
        Consistency consistency;
        Acceleration acceleration;

        Accumulator(SiroccoServiceEnvironment environment, boolean forWriter) {
            this.environment = environment;
            this.policies = environment.policyFactory();
            durability = policies.Durability();
            durabilityService = policies.DurabilityService();
            deadline = policies.Deadline();
            latency = policies.LatencyBudget();
            liveliness = policies.Liveliness();
            reliability = forWriter ? policies.Reliability().withReliable() : policies.Reliability().withBestEffort();
            order = policies.DestinationOrder();
            history = policies.History();
            limits = policies.ResourceLimits();
            ownership = policies.Ownership();
            strength = policies.OwnershipStrength();
            lifespan = policies.Lifespan();
            timeBasedFilter = policies.TimeBasedFilter();
            transportPriority = policies.TransportPriority();
            userData = policies.UserData();
            topicData = policies.TopicData();
            groupData = policies.GroupData();
            partition = policies.Partition();
            presentation = policies.Presentation();
            representation = policies.DataRepresentation().withValue((short) 0);
            consistency = Consistency.eventual(environment);
            acceleration = Acceleration.none(environment);
        }

        private static long duration(long nanos) {
            return nanos == ParameterListWriter.INFINITE_NANOS ? NanoDuration.INFINITE_NANOS : nanos;
        }

        private org.omg.dds.core.Duration asDuration(long nanos) {
            return new NanoDuration(environment, duration(nanos));
        }

        /** Applies the current parameter if it is a QoS policy; returns false if it is not one. */
        boolean apply(ParameterListReader in, int vendorId) {
            int pid = in.pid();
            switch (pid) {
                case ParameterIds.DURABILITY -> durability = durability.withKind(enumValue(Durability.Kind.values(), in.intAt(0)));
                case ParameterIds.DURABILITY_SERVICE -> durabilityService = durabilityService
                        .withServiceCleanupDelay(asDuration(in.durationAt(0)))
                        .withHistoryKind(enumValue(History.Kind.values(), in.intAt(8)))
                        .withHistoryDepth(in.intAt(12)).withMaxSamples(in.intAt(16))
                        .withMaxInstances(in.intAt(20)).withMaxSamplesPerInstance(in.intAt(24));
                case ParameterIds.DEADLINE -> deadline = deadline.withPeriod(asDuration(in.durationAt(0)));
                case ParameterIds.LATENCY_BUDGET -> latency = latency.withDuration(asDuration(in.durationAt(0)));
                case ParameterIds.LIVELINESS -> liveliness = liveliness
                        .withKind(enumValue(Liveliness.Kind.values(), in.intAt(0)))
                        .withLeaseDuration(asDuration(in.durationAt(4)));
                case ParameterIds.RELIABILITY -> reliability = reliability
                        .withKind(in.intAt(0) == 2 ? Reliability.Kind.RELIABLE : Reliability.Kind.BEST_EFFORT)
                        .withMaxBlockingTime(asDuration(in.length() >= 12 ? in.durationAt(4) : 100_000_000L));
                case ParameterIds.DESTINATION_ORDER -> order = order.withKind(
                        enumValue(DestinationOrder.Kind.values(), in.intAt(0)));
                case ParameterIds.HISTORY -> history = history.withKind(enumValue(History.Kind.values(), in.intAt(0)))
                        .withDepth(Math.max(1, in.intAt(4)));
                case ParameterIds.RESOURCE_LIMITS -> limits = limits.withMaxSamples(in.intAt(0))
                        .withMaxInstances(in.intAt(4)).withMaxSamplesPerInstance(in.intAt(8));
                case ParameterIds.OWNERSHIP -> ownership = ownership.withKind(enumValue(Ownership.Kind.values(), in.intAt(0)));
                case ParameterIds.OWNERSHIP_STRENGTH -> strength = strength.withValue(in.intAt(0));
                case ParameterIds.LIFESPAN -> lifespan = lifespan.withDuration(asDuration(in.durationAt(0)));
                case ParameterIds.TIME_BASED_FILTER -> timeBasedFilter = timeBasedFilter.withMinimumSeparation(
                        asDuration(in.durationAt(0)));
                case ParameterIds.TRANSPORT_PRIORITY -> transportPriority = transportPriority.withValue(in.intAt(0));
                case ParameterIds.USER_DATA -> {
                    byte[] value = in.octets();
                    userData = userData.withValue(value, 0, value.length);
                }
                case ParameterIds.TOPIC_DATA -> {
                    byte[] value = in.octets();
                    topicData = topicData.withValue(value, 0, value.length);
                }
                case ParameterIds.GROUP_DATA -> {
                    byte[] value = in.octets();
                    groupData = groupData.withValue(value, 0, value.length);
                }
                case ParameterIds.PARTITION -> partition = partition.withName(in.strings());
                case ParameterIds.PRESENTATION -> presentation = presentation
                        .withAccessScope(enumValue(Presentation.AccessScopeKind.values(), in.intAt(0)))
                        .withCoherentAccess(in.booleanAt(4)).withOrderedAccess(in.booleanAt(5));
                case ParameterIds.DATA_REPRESENTATION -> {
                    short[] values = in.shorts();
                    representation = representation.withValue(values.length == 0 ? new short[] {0} : values);
                }
                default -> {
                    if (vendorId == Rtps.VENDOR_ID && pid == SIROCCO_CONSISTENCY) {
                        consistency = Consistency.of(environment, enumValue(ConsistencyKind.values(), in.intAt(0)));
                    } else if (vendorId == Rtps.VENDOR_ID && pid == SIROCCO_ACCELERATION) {
                        acceleration = Acceleration.of(environment, enumValue(AccelerationKind.values(), in.intAt(0)));
                    } else {
                        return false;
                    }
                }
            }
            return true;
        }

        private static <E extends Enum<E>> E enumValue(E[] values, int ordinal) {
            if (ordinal < 0 || ordinal >= values.length) {
                throw new io.sirocco.rtps.wire.MessageParser.Malformed("enumerated value " + ordinal
                        + " out of range for " + values[0].getDeclaringClass().getSimpleName());
            }
            return values[ordinal];
        }

        List<QosPolicy.ForDataWriter> writerPolicies() {
            List<QosPolicy.ForDataWriter> list = new ArrayList<>(List.of(durability, durabilityService, deadline,
                    latency, liveliness, reliability, order, history, limits, ownership, strength, lifespan,
                    transportPriority, userData, representation));
            list.add(consistency);
            list.add(acceleration);
            return list;
        }

        List<QosPolicy.ForDataReader> readerPolicies() {
            List<QosPolicy.ForDataReader> list = new ArrayList<>(List.of(durability, deadline, latency, liveliness,
                    reliability, order, history, limits, ownership, timeBasedFilter, userData, representation));
            list.add(consistency);
            list.add(acceleration);
            return list;
        }
    }

    static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
