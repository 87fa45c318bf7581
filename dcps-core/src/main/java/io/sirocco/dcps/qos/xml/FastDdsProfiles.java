package io.sirocco.dcps.qos.xml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Lifespan;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.OwnershipStrength;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.ResourceLimits;

/**
 * Import of Fast DDS {@code <profiles>}: each {@code <participant>}, {@code <data_writer>},
 * {@code <data_reader>}, {@code <topic>} and {@code <domainparticipant_factory>} profile becomes a
 * library-less profile named by its {@code profile_name} holding one QoS of that kind (profiles of
 * different kinds with one name share a profile), so {@code getDataWriterQos("name")} finds it.
 * {@code is_default_profile="true"} profiles are gathered in a profile named {@value #DEFAULTS}, marked
 * {@code is_default_qos}, whose QoS of each kind is based on the marked profile.
 *
 * <p>What maps to a standard policy is read with Fast DDS' spellings ({@code RELIABLE},
 * {@code TRANSIENT_LOCAL}, {@code <ownershipStrength>}, {@code <historyQos>}; a resource limit of 0 or
 * less is unlimited). Settings that configure Fast DDS itself rather than a DDS policy (transports,
 * RTPS timers, memory policies, locators, data sharing, ...) are skipped; an unknown element inside
 * {@code <qos>} is an error.
 */
final class FastDdsProfiles {
    static final String NAMESPACE = "http://www.eprosima.com";
    static final String SCHEMA_NAMESPACE = "http://www.eprosima.com/XMLSchemas/fastRTPS_Profiles";
    /** The profile that collects Fast DDS default profiles. */
    static final String DEFAULTS = "fastdds_default_profiles";

    /** Fast DDS {@code <qos>} settings without a standard DDS policy. */
    private static final Set<String> SKIPPED_QOS = Set.of("disablePositiveAcks", "disable_heartbeat_piggyback",
            "data_sharing", "publishMode", "shm_watchdog_thread", "file_watch_threads", "flow_controller_name");
    private static final Spelling<Durability.Kind> DURABILITY = new Spelling<Durability.Kind>()
            .add(Durability.Kind.VOLATILE, "VOLATILE")
            .add(Durability.Kind.TRANSIENT_LOCAL, "TRANSIENT_LOCAL")
            .add(Durability.Kind.TRANSIENT, "TRANSIENT")
            .add(Durability.Kind.PERSISTENT, "PERSISTENT");
    private static final Spelling<Liveliness.Kind> LIVELINESS = new Spelling<Liveliness.Kind>()
            .add(Liveliness.Kind.AUTOMATIC, "AUTOMATIC")
            .add(Liveliness.Kind.MANUAL_BY_PARTICIPANT, "MANUAL_BY_PARTICIPANT")
            .add(Liveliness.Kind.MANUAL_BY_TOPIC, "MANUAL_BY_TOPIC");
    private static final Spelling<Reliability.Kind> RELIABILITY = new Spelling<Reliability.Kind>()
            .add(Reliability.Kind.BEST_EFFORT, "BEST_EFFORT")
            .add(Reliability.Kind.RELIABLE, "RELIABLE");
    private static final Spelling<Ownership.Kind> OWNERSHIP = new Spelling<Ownership.Kind>()
            .add(Ownership.Kind.SHARED, "SHARED")
            .add(Ownership.Kind.EXCLUSIVE, "EXCLUSIVE");
    private static final Spelling<History.Kind> HISTORY = new Spelling<History.Kind>()
            .add(History.Kind.KEEP_LAST, "KEEP_LAST")
            .add(History.Kind.KEEP_ALL, "KEEP_ALL");
    private static final TimeUnit NANOS = TimeUnit.NANOSECONDS;

    private FastDdsProfiles() {
    }

    /** Adds the profiles of the {@code <profiles>} element at the cursor to {@code document}. */
    static void read(XmlCursor profiles, QosDocument document) {
        profiles.allowAttributes();
        QosLibrary library = document.library("");
        profiles.forEachChild(child -> {
            EntityKind kind = switch (child.name()) {
                case "domainparticipant_factory" -> EntityKind.PARTICIPANT_FACTORY;
                case "participant" -> EntityKind.PARTICIPANT;
                case "data_writer", "publisher" -> EntityKind.DATA_WRITER;
                case "data_reader", "subscriber" -> EntityKind.DATA_READER;
                case "topic" -> EntityKind.TOPIC;
                case "transport_descriptors", "types", "library_settings", "log" -> null;
                default -> throw child.unknownElement(List.of("participant", "data_writer", "data_reader",
                        "topic", "domainparticipant_factory", "transport_descriptors"));
            };
            if (kind != null) {
                profile(child, kind, library);
            }
        });
    }

    private static void profile(XmlCursor cursor, EntityKind kind, QosLibrary library) {
        cursor.allowAttributes("profile_name", "is_default_profile");
        String name = cursor.attribute("profile_name");
        if (name == null || name.isEmpty()) {
            throw cursor.error("a Fast DDS <" + cursor.name() + "> profile needs a profile_name attribute");
        }
        SourceLocation location = cursor.location();
        String isDefault = cursor.attribute("is_default_profile");
        QosProfile profile = library.profile(name);
        if (profile == null) {
            profile = new QosProfile("", name, false, false, location);
            library.add(profile);
        }
        for (QosElement other : profile.elements()) {
            if (other.kind() == kind) {
                throw cursor.error("a " + cursor.name() + " profile \"" + name + "\" is already defined at "
                        + other.location());
            }
        }
        List<PolicySetting> settings = new ArrayList<>();
        Set<PolicyElement> seen = EnumSet.noneOf(PolicyElement.class);
        cursor.forEachChild(child -> {
            switch (child.name()) {
                case "qos" -> qos(child, kind, settings, seen);
                case "topic" -> topic(child, kind, settings, seen);
                case "historyQos", "resourceLimitsQos" -> topicPolicy(child, kind, settings, seen);
                default -> {
                    // Transport, RTPS and memory settings: Fast DDS configuration, not DDS QoS.
                }
            }
        });
        profile.add(new QosElement(kind, null, null, TopicFilter.ANY, settings, location, "", profile));
        if (isDefault != null && isDefault.toLowerCase(Locale.ROOT).equals("true")) {
            markDefault(library, kind, name, location, cursor);
        }
    }

    private static void markDefault(QosLibrary library, EntityKind kind, String name, SourceLocation location,
            XmlCursor cursor) {
        QosProfile defaults = library.profile(DEFAULTS);
        if (defaults == null) {
            defaults = new QosProfile("", DEFAULTS, true, false, location);
            library.add(defaults);
        }
        for (QosElement other : defaults.elements()) {
            if (other.kind() == kind) {
                throw cursor.error("is_default_profile is already set on another " + cursor.name() + " profile, at "
                        + other.location());
            }
        }
        defaults.add(new QosElement(kind, null, new BaseRef(name, location), TopicFilter.ANY, List.of(), location,
                "", defaults));
    }

    private static void qos(XmlCursor cursor, EntityKind kind, List<PolicySetting> settings,
            Set<PolicyElement> seen) {
        cursor.allowAttributes();
        cursor.forEachChild(child -> {
            if (SKIPPED_QOS.contains(child.name())) {
                return;
            }
            PolicyElement element = switch (child.name()) {
                case "durability" -> PolicyElement.DURABILITY;
                case "liveliness" -> PolicyElement.LIVELINESS;
                case "reliability" -> PolicyElement.RELIABILITY;
                case "partition" -> PolicyElement.PARTITION;
                case "deadline" -> PolicyElement.DEADLINE;
                case "lifespan" -> PolicyElement.LIFESPAN;
                case "ownership" -> PolicyElement.OWNERSHIP;
                case "ownershipStrength" -> PolicyElement.OWNERSHIP_STRENGTH;
                case "latencyBudget" -> PolicyElement.LATENCY_BUDGET;
                case "entity_factory" -> PolicyElement.ENTITY_FACTORY;
                default -> throw child.unknownElement(List.of("durability", "liveliness", "reliability",
                        "partition", "deadline", "lifespan", "ownership", "ownershipStrength", "latencyBudget",
                        "entity_factory"));
            };
            add(child, kind, element, settings, seen, () -> change(element, child));
        });
    }

    private static void topic(XmlCursor cursor, EntityKind kind, List<PolicySetting> settings,
            Set<PolicyElement> seen) {
        cursor.allowAttributes();
        cursor.forEachChild(child -> {
            switch (child.name()) {
                case "historyQos", "resourceLimitsQos" -> topicPolicy(child, kind, settings, seen);
                default -> {
                    // <name>, <dataType>, <kind>: the topic itself, given in code to Sirocco.
                }
            }
        });
    }

    private static void topicPolicy(XmlCursor cursor, EntityKind kind, List<PolicySetting> settings,
            Set<PolicyElement> seen) {
        PolicyElement element = cursor.name().equals("historyQos") ? PolicyElement.HISTORY
                : PolicyElement.RESOURCE_LIMITS;
        add(cursor, kind, element, settings, seen, () -> change(element, cursor));
    }

    private static void add(XmlCursor cursor, EntityKind kind, PolicyElement element, List<PolicySetting> settings,
            Set<PolicyElement> seen, Supplier<UnaryOperator<QosPolicy>> read) {
        if (!kind.takes(element.key())) {
            throw cursor.error("<" + cursor.name() + "> does not apply to a " + kind.element()
                    + (element == PolicyElement.PARTITION ? "; in DDS, partitions belong to the publisher and the "
                    + "subscriber: set them in a publisher_qos or subscriber_qos" : ""));
        }
        if (!seen.add(element)) {
            throw cursor.error("<" + cursor.name() + "> is given twice in this profile");
        }
        cursor.allowAttributes();
        SourceLocation location = cursor.location();
        settings.add(new PolicySetting(element, location, read.get()));
    }

    private static UnaryOperator<QosPolicy> change(PolicyElement element, XmlCursor cursor) {
        return switch (element) {
            case DURABILITY -> new PolicyFields<>(Durability.class).add("kind", c -> {
                Durability.Kind kind = DURABILITY.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
            case LIVELINESS -> new PolicyFields<>(Liveliness.class)
                    .add("kind", c -> {
                        Liveliness.Kind kind = LIVELINESS.read(c);
                        return p -> p.withKind(kind);
                    })
                    .add("lease_duration", duration((p, nanos) -> p.withLeaseDuration(nanos, NANOS)))
                    .ignore("announcement_period", XmlValues::duration).read(cursor);
            case RELIABILITY -> new PolicyFields<>(Reliability.class)
                    .add("kind", c -> {
                        Reliability.Kind kind = RELIABILITY.read(c);
                        return p -> p.withKind(kind);
                    })
                    .add("max_blocking_time", duration((p, nanos) -> p.withMaxBlockingTime(nanos, NANOS)))
                    .read(cursor);
            case PARTITION -> new PolicyFields<>(Partition.class).add("names", c -> {
                List<String> names = new ArrayList<>();
                c.forEachChild(name -> {
                    if (!name.name().equals("name")) {
                        throw name.unknownElement(List.of("name"));
                    }
                    names.add(name.text());
                });
                return p -> p.withName(names);
            }).read(cursor);
            case DEADLINE -> new PolicyFields<>(Deadline.class)
                    .add("period", duration((p, nanos) -> p.withPeriod(nanos, NANOS))).read(cursor);
            case LIFESPAN -> new PolicyFields<>(Lifespan.class)
                    .add("duration", duration((p, nanos) -> p.withDuration(nanos, NANOS))).read(cursor);
            case LATENCY_BUDGET -> new PolicyFields<>(LatencyBudget.class)
                    .add("duration", duration((p, nanos) -> p.withDuration(nanos, NANOS))).read(cursor);
            case OWNERSHIP -> new PolicyFields<>(Ownership.class).add("kind", c -> {
                Ownership.Kind kind = OWNERSHIP.read(c);
                return p -> p.withKind(kind);
            }).read(cursor);
            case OWNERSHIP_STRENGTH -> new PolicyFields<>(OwnershipStrength.class).add("value", c -> {
                int value = XmlValues.integer(c);
                return p -> p.withValue(value);
            }).read(cursor);
            case HISTORY -> new PolicyFields<>(History.class)
                    .add("kind", c -> {
                        History.Kind kind = HISTORY.read(c);
                        return p -> p.withKind(kind);
                    })
                    .add("depth", c -> {
                        int depth = XmlValues.limit(c);
                        return p -> p.withDepth(depth);
                    }).read(cursor);
            case RESOURCE_LIMITS -> new PolicyFields<>(ResourceLimits.class)
                    .add("max_samples", limit(ResourceLimits::withMaxSamples))
                    .add("max_instances", limit(ResourceLimits::withMaxInstances))
                    .add("max_samples_per_instance", limit(ResourceLimits::withMaxSamplesPerInstance))
                    .ignore("allocated_samples", XmlValues::integer)
                    .ignore("extra_samples", XmlValues::integer).read(cursor);
            default -> PolicyReaders.read(element, cursor).change();
        };
    }

    private interface DurationSetter<P> {
        P set(P policy, long nanos);
    }

    private interface LimitSetter {
        ResourceLimits set(ResourceLimits policy, int limit);
    }

    private static <P> Function<XmlCursor, UnaryOperator<P>> duration(DurationSetter<P> setter) {
        return c -> {
            long nanos = XmlValues.duration(c);
            return p -> setter.set(p, nanos);
        };
    }

    /** Fast DDS writes "unlimited" as 0 or less. */
    private static Function<XmlCursor, UnaryOperator<ResourceLimits>> limit(LimitSetter setter) {
        return c -> {
            int value = XmlValues.integer(c);
            int limit = value <= 0 ? ResourceLimits.LENGTH_UNLIMITED : value;
            return p -> setter.set(p, limit);
        };
    }
}
