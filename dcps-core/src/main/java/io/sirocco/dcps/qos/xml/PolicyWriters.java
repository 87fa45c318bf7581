package io.sirocco.dcps.qos.xml;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.Consistency;
import org.omg.dds.core.Duration;
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
 * Writes a policy as its DDS-XML element with every field, in the spellings {@link PolicyReaders}
 * reads back: {@code _QOS} enumerations, symbolic infinite durations, {@code LENGTH_UNLIMITED},
 * base64 octets and {@code <element>} sequences.
 */
final class PolicyWriters {
    private PolicyWriters() {
    }

    static void write(PolicyElement element, QosPolicy policy, XmlOut out) {
        out.start(element.element());
        switch (element) {
            case ENTITY_FACTORY -> out.leaf("autoenable_created_entities",
                    Boolean.toString(((EntityFactory) policy).isAutoEnableCreatedEntities()));
            case USER_DATA -> out.leaf("value", XmlValues.octetsText(((UserData) policy).getValue()));
            case TOPIC_DATA -> out.leaf("value", XmlValues.octetsText(((TopicData) policy).getValue()));
            case GROUP_DATA -> out.leaf("value", XmlValues.octetsText(((GroupData) policy).getValue()));
            case PRESENTATION -> {
                Presentation p = (Presentation) policy;
                out.leaf("access_scope", Spelling.ACCESS_SCOPE.wordFor(p.getAccessScope()));
                out.leaf("coherent_access", Boolean.toString(p.isCoherentAccess()));
                out.leaf("ordered_access", Boolean.toString(p.isOrderedAccess()));
            }
            case PARTITION -> {
                out.start("name");
                for (String name : ((Partition) policy).getName()) {
                    out.leaf("element", name);
                }
                out.end();
            }
            case DURABILITY -> out.leaf("kind", Spelling.DURABILITY.wordFor(((Durability) policy).getKind()));
            case DURABILITY_SERVICE -> durabilityService((DurabilityService) policy, out);
            case DEADLINE -> duration("period", ((Deadline) policy).getPeriod(), out);
            case LATENCY_BUDGET -> duration("duration", ((LatencyBudget) policy).getDuration(), out);
            case LIVELINESS -> {
                Liveliness p = (Liveliness) policy;
                out.leaf("kind", Spelling.LIVELINESS.wordFor(p.getKind()));
                duration("lease_duration", p.getLeaseDuration(), out);
            }
            case RELIABILITY -> {
                Reliability p = (Reliability) policy;
                out.leaf("kind", Spelling.RELIABILITY.wordFor(p.getKind()));
                duration("max_blocking_time", p.getMaxBlockingTime(), out);
            }
            case DESTINATION_ORDER -> out.leaf("kind",
                    Spelling.DESTINATION_ORDER.wordFor(((DestinationOrder) policy).getKind()));
            case HISTORY -> {
                History p = (History) policy;
                out.leaf("kind", Spelling.HISTORY.wordFor(p.getKind()));
                out.leaf("depth", XmlValues.limitText(p.getDepth()));
            }
            case RESOURCE_LIMITS -> {
                ResourceLimits p = (ResourceLimits) policy;
                out.leaf("max_samples", XmlValues.limitText(p.getMaxSamples()));
                out.leaf("max_instances", XmlValues.limitText(p.getMaxInstances()));
                out.leaf("max_samples_per_instance", XmlValues.limitText(p.getMaxSamplesPerInstance()));
            }
            case TRANSPORT_PRIORITY -> out.leaf("value", Integer.toString(((TransportPriority) policy).getValue()));
            case LIFESPAN -> duration("duration", ((Lifespan) policy).getDuration(), out);
            case OWNERSHIP -> out.leaf("kind", Spelling.OWNERSHIP.wordFor(((Ownership) policy).getKind()));
            case OWNERSHIP_STRENGTH -> out.leaf("value",
                    Integer.toString(((OwnershipStrength) policy).getValue()));
            case TIME_BASED_FILTER -> duration("minimum_separation",
                    ((TimeBasedFilter) policy).getMinimumSeparation(), out);
            case WRITER_DATA_LIFECYCLE -> out.leaf("autodispose_unregistered_instances",
                    Boolean.toString(((WriterDataLifecycle) policy).isAutDisposeUnregisteredInstances()));
            case READER_DATA_LIFECYCLE -> {
                ReaderDataLifecycle p = (ReaderDataLifecycle) policy;
                duration("autopurge_nowriter_samples_delay", p.getAutoPurgeNoWriterSamplesDelay(), out);
                duration("autopurge_disposed_samples_delay", p.getAutoPurgeDisposedSamplesDelay(), out);
            }
            case REPRESENTATION -> {
                out.start("value");
                for (short id : ((DataRepresentation) policy).getValue()) {
                    out.leaf("element", XmlValues.representationText(id));
                }
                out.end();
            }
            case TYPE_CONSISTENCY -> out.leaf("kind",
                    Spelling.TYPE_CONSISTENCY.wordFor(((TypeConsistencyEnforcement) policy).getKind()));
            case CONSISTENCY -> out.leaf("kind", Spelling.CONSISTENCY.wordFor(((Consistency) policy).getKind()));
            case ACCELERATION -> out.leaf("kind",
                    Spelling.ACCELERATION.wordFor(((Acceleration) policy).getKind()));
        }
        out.end();
    }

    private static void durabilityService(DurabilityService p, XmlOut out) {
        duration("service_cleanup_delay", p.getServiceCleanupDelay(), out);
        out.leaf("history_kind", Spelling.HISTORY.wordFor(p.getHistoryKind()));
        out.leaf("history_depth", XmlValues.limitText(p.getHistoryDepth()));
        out.leaf("max_samples", XmlValues.limitText(p.getMaxSamples()));
        out.leaf("max_instances", XmlValues.limitText(p.getMaxInstances()));
        out.leaf("max_samples_per_instance", XmlValues.limitText(p.getMaxSamplesPerInstance()));
    }

    private static void duration(String name, Duration duration, XmlOut out) {
        String[] parts = XmlValues.durationParts(duration);
        out.start(name);
        out.leaf("sec", parts[0]);
        out.leaf("nanosec", parts[1]);
        out.end();
    }
}
