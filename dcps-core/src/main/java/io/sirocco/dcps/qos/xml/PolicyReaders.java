package io.sirocco.dcps.qos.xml;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.DurabilityService;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.GroupData;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.ReaderDataLifecycle;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.core.policy.TimeBasedFilter;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.policy.TransportPriority;
import org.omg.dds.core.policy.TypeConsistencyEnforcement;
import org.omg.dds.core.policy.UserData;
import org.omg.dds.core.policy.WriterDataLifecycle;

/**
 * Parses each DDS-XML policy element into a {@link PolicySetting}. Every policy is a set of named
 * fields; each field present changes that field only, an unknown field is an error that lists the
 * known ones, and a field given twice is an error. A few fields other vendors write and Sirocco has no
 * use for ({@code initial_samples}, the {@code ignore_*} flags of {@code type_consistency}) are
 * checked and otherwise ignored.
 */
final class PolicyReaders {
    private static final TimeUnit NANOS = TimeUnit.NANOSECONDS;

    private PolicyReaders() {
    }

    /** The setting of the policy element at the cursor, leaving the element. */
    static PolicySetting read(PolicyElement element, XmlCursor cursor) {
        cursor.allowAttributes();
        SourceLocation location = cursor.location();
        UnaryOperator<QosPolicy> change = switch (element) {
            case ENTITY_FACTORY -> new PolicyFields<>(EntityFactory.class)
                    .add("autoenable_created_entities", c -> {
                        boolean on = XmlValues.bool(c);
                        return p -> p.withAutoEnableCreatedEntities(on);
                    }).read(cursor);
            case USER_DATA -> new PolicyFields<>(UserData.class).add("value", c -> {
                byte[] value = XmlValues.octets(c);
                return p -> p.withValue(value, 0, value.length);
            }).read(cursor);
            case TOPIC_DATA -> new PolicyFields<>(TopicData.class).add("value", c -> {
                byte[] value = XmlValues.octets(c);
                return p -> p.withValue(value, 0, value.length);
            }).read(cursor);
            case GROUP_DATA -> new PolicyFields<>(GroupData.class).add("value", c -> {
                byte[] value = XmlValues.octets(c);
                return p -> p.withValue(value, 0, value.length);
            }).read(cursor);
            case PRESENTATION -> new PolicyFields<>(Presentation.class)
                    .add("access_scope", c -> {
                        Presentation.AccessScopeKind scope = Spelling.ACCESS_SCOPE.read(c);
                        return p -> p.withAccessScope(scope);
                    })
                    .add("coherent_access", c -> {
                        boolean on = XmlValues.bool(c);
                        return p -> p.withCoherentAccess(on);
                    })
                    .add("ordered_access", c -> {
                        boolean on = XmlValues.bool(c);
                        return p -> p.withOrderedAccess(on);
                    }).read(cursor);
            case PARTITION -> new PolicyFields<>(Partition.class).add("name", c -> {
                List<String> names = XmlValues.strings(c);
                return p -> p.withName(names);
            }).read(cursor);
            case DURABILITY -> new PolicyFields<>(Durability.class).add("kind", c -> {
                Durability.Kind kind = Spelling.DURABILITY.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
            case DURABILITY_SERVICE -> durabilityService(cursor);
            case DEADLINE -> new PolicyFields<>(Deadline.class).add("period", c -> {
                long nanos = XmlValues.duration(c);
                return p -> p.withPeriod(nanos, NANOS);
            }).read(cursor);
            case LATENCY_BUDGET -> new PolicyFields<>(LatencyBudget.class).add("duration", c -> {
                long nanos = XmlValues.duration(c);
                return p -> p.withDuration(nanos, NANOS);
            }).read(cursor);
            case LIVELINESS -> new PolicyFields<>(Liveliness.class)
                    .add("kind", c -> {
                        Liveliness.Kind kind = Spelling.LIVELINESS.read(c);
                        return p -> p.withKind(kind);
                    })
                    .add("lease_duration", c -> {
                        long nanos = XmlValues.duration(c);
                        return p -> p.withLeaseDuration(nanos, NANOS);
                    }).read(cursor);
            case RELIABILITY -> new PolicyFields<>(Reliability.class)
                    .add("kind", c -> {
                        Reliability.Kind kind = Spelling.RELIABILITY.read(c);
                        return p -> p.withKind(kind);
                    })
                    .add("max_blocking_time", c -> {
                        long nanos = XmlValues.duration(c);
                        return p -> p.withMaxBlockingTime(nanos, NANOS);
                    }).read(cursor);
            case DESTINATION_ORDER -> new PolicyFields<>(DestinationOrder.class).add("kind", c -> {
                DestinationOrder.Kind kind = Spelling.DESTINATION_ORDER.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
            case HISTORY -> new PolicyFields<>(History.class)
                    .add("kind", c -> {
                        History.Kind kind = Spelling.HISTORY.read(c);
                        return p -> p.withKind(kind);
                    })
                    .add("depth", c -> {
                        int depth = XmlValues.limit(c);
                        return p -> p.withDepth(depth);
                    }).read(cursor);
            case RESOURCE_LIMITS -> resourceLimits(cursor);
            case TRANSPORT_PRIORITY -> new PolicyFields<>(TransportPriority.class).add("value", c -> {
                int value = XmlValues.integer(c);
                return p -> p.withValue(value);
            }).read(cursor);
            case LIFESPAN -> new PolicyFields<>(Lifespan.class).add("duration", c -> {
                long nanos = XmlValues.duration(c);
                return p -> p.withDuration(nanos, NANOS);
            }).read(cursor);
            case OWNERSHIP -> new PolicyFields<>(Ownership.class).add("kind", c -> {
                Ownership.Kind kind = Spelling.OWNERSHIP.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
            case OWNERSHIP_STRENGTH -> new PolicyFields<>(OwnershipStrength.class).add("value", c -> {
                int value = XmlValues.integer(c);
                return p -> p.withValue(value);
            }).read(cursor);
            case TIME_BASED_FILTER -> new PolicyFields<>(TimeBasedFilter.class).add("minimum_separation", c -> {
                long nanos = XmlValues.duration(c);
                return p -> p.withMinimumSeparation(nanos, NANOS);
            }).read(cursor);
            case WRITER_DATA_LIFECYCLE -> new PolicyFields<>(WriterDataLifecycle.class)
                    .add("autodispose_unregistered_instances", c -> {
                        boolean on = XmlValues.bool(c);
                        return p -> p.withAutDisposeUnregisteredInstances(on);
                    }).read(cursor);
            case READER_DATA_LIFECYCLE -> new PolicyFields<>(ReaderDataLifecycle.class)
                    .add("autopurge_nowriter_samples_delay", c -> {
                        long nanos = XmlValues.duration(c);
                        return p -> p.withAutoPurgeNoWriterSamplesDelay(nanos, NANOS);
                    })
                    .add("autopurge_disposed_samples_delay", c -> {
                        long nanos = XmlValues.duration(c);
                        return p -> p.withAutoPurgeDisposedSamplesDelay(nanos, NANOS);
                    }).read(cursor);
            case REPRESENTATION -> new PolicyFields<>(DataRepresentation.class).add("value", c -> {
                List<Short> ids = XmlValues.representations(c);
                return p -> p.withValue(ids);
            }).read(cursor);
            case TYPE_CONSISTENCY -> typeConsistency(cursor);
            case CONSISTENCY -> new PolicyFields<>(Consistency.class).add("kind", c -> {
                ConsistencyKind kind = Spelling.CONSISTENCY.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
            case ACCELERATION -> new PolicyFields<>(Acceleration.class).add("kind", c -> {
                AccelerationKind kind = Spelling.ACCELERATION.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
        };
        return new PolicySetting(element, location, change);
    }

    private static UnaryOperator<QosPolicy> durabilityService(XmlCursor cursor) {
        return new PolicyFields<>(DurabilityService.class)
                .add("service_cleanup_delay", c -> {
                    long nanos = XmlValues.duration(c);
                    return p -> p.withServiceCleanupDelay(nanos, NANOS);
                })
                .add("history_kind", c -> {
                    History.Kind kind = Spelling.HISTORY.read(c);
                    return p -> p.withHistoryKind(kind);
                })
                .add("history_depth", c -> {
                    int depth = XmlValues.limit(c);
                    return p -> p.withHistoryDepth(depth);
                })
                .add("max_samples", c -> {
                    int limit = XmlValues.limit(c);
                    return p -> p.withMaxSamples(limit);
                })
                .add("max_instances", c -> {
                    int limit = XmlValues.limit(c);
                    return p -> p.withMaxInstances(limit);
                })
                .add("max_samples_per_instance", c -> {
                    int limit = XmlValues.limit(c);
                    return p -> p.withMaxSamplesPerInstance(limit);
                }).read(cursor);
    }

    private static UnaryOperator<QosPolicy> resourceLimits(XmlCursor cursor) {
        return new PolicyFields<>(ResourceLimits.class)
                .add("max_samples", c -> {
                    int limit = XmlValues.limit(c);
                    return p -> p.withMaxSamples(limit);
                })
                .add("max_instances", c -> {
                    int limit = XmlValues.limit(c);
                    return p -> p.withMaxInstances(limit);
                })
                .add("max_samples_per_instance", c -> {
                    int limit = XmlValues.limit(c);
                    return p -> p.withMaxSamplesPerInstance(limit);
                })
                // Pre-allocation hints of other implementations; Sirocco allocates as it goes.
                .ignore("initial_samples", XmlValues::limit)
                .ignore("initial_instances", XmlValues::limit)
                .read(cursor);
    }

    private static UnaryOperator<QosPolicy> typeConsistency(XmlCursor cursor) {
        return new PolicyFields<>(TypeConsistencyEnforcement.class)
                .add("kind", c -> {
                    TypeConsistencyEnforcement.Kind kind = Spelling.TYPE_CONSISTENCY.read(c);
                    return p -> p.withKind(kind);
                })
                // DDS-XTypes 1.2+ flags; Sirocco decides assignability from the types under the kind alone.
                .ignore("ignore_sequence_bounds", XmlValues::bool)
                .ignore("ignore_string_bounds", XmlValues::bool)
                .ignore("ignore_member_names", XmlValues::bool)
                .ignore("prevent_type_widening", XmlValues::bool)
                .ignore("force_type_validation", XmlValues::bool)
                .read(cursor);
    }
}
