package io.sirocco.perftest;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import org.omg.dds.core.QosProvider;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.sub.DataReaderQos;

/**
 * The QoS of the three topics: the profiles {@code ThroughputQos}, {@code LatencyQos} and
 * {@code AnnouncementQos} of {@code -qosLibrary} in {@code -qosFile} (default: the
 * {@code perftest_qos_profiles.xml} in this module's resources), then the command-line options on
 * top, as PerfTest does. Sirocco's own options go on the Throughput and Latency endpoints:
 * {@code -transport SHMEM} → Acceleration REQUIRED (the group engine over shared memory), and
 * {@code -consistency atomic|eventual} → Consistency; the announcement topic stays on the ordinary
 * paths.
 */
final class TestQos {
    /** The built-in profile file (a class-path resource). */
    static final String DEFAULT_FILE = "perftest_qos_profiles.xml";

    private final ServiceEnvironment env;
    private final PerftestOptions options;
    private final PolicyFactory policies;
    private final QosProvider profiles;
    private final String library;

    TestQos(ServiceEnvironment env, PerftestOptions options) {
        this.env = env;
        this.options = options;
        this.policies = PolicyFactory.getPolicyFactory(env);
        String file = options.qosFile() != null ? options.qosFile() : DEFAULT_FILE;
        try {
            this.profiles = QosProvider.newQosProvider(file, null, env);
        } catch (IllegalArgumentException e) {
            throw new UsageException("-qosFile " + file + ": " + e.getMessage());
        }
        this.library = options.qosLibrary();
    }

    DataWriterQos throughputWriter() {
        DataWriterQos qos = writer("ThroughputQos")
                .withPolicies(policies.Durability().withKind(durability()), consistency(), acceleration())
                .withPolicies(policies.ResourceLimits().withMaxSamples(options.sendQueueSize()));
        return options.bestEffort() ? qos.withPolicies(qos.getReliability().withBestEffort()) : qos;
    }

    DataReaderQos throughputReader() {
        DataReaderQos qos = reader("ThroughputQos").withPolicies(policies.Durability().withKind(durability()),
                consistency(), acceleration());
        return options.bestEffort() ? qos.withPolicies(qos.getReliability().withBestEffort()) : qos;
    }

    DataWriterQos latencyWriter() {
        DataWriterQos qos = writer("LatencyQos").withPolicies(consistency(), acceleration());
        return options.bestEffort() ? qos.withPolicies(qos.getReliability().withBestEffort()) : qos;
    }

    DataReaderQos latencyReader() {
        DataReaderQos qos = reader("LatencyQos").withPolicies(consistency(), acceleration());
        return options.bestEffort() ? qos.withPolicies(qos.getReliability().withBestEffort()) : qos;
    }

    DataWriterQos announcementWriter() {
        return writer("AnnouncementQos");
    }

    DataReaderQos announcementReader() {
        return reader("AnnouncementQos");
    }

    /** Whether the Throughput topic is reliable (after -bestEffort). */
    boolean throughputReliable() {
        return throughputWriter().getReliability().getKind() == Reliability.Kind.RELIABLE;
    }

    private DataWriterQos writer(String profile) {
        try {
            return profiles.getDataWriterQos(library + "::" + profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(where() + ": profile " + library + "::" + profile + ": " + e.getMessage());
        }
    }

    private DataReaderQos reader(String profile) {
        try {
            return profiles.getDataReaderQos(library + "::" + profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(where() + ": profile " + library + "::" + profile + ": " + e.getMessage());
        }
    }

    private String where() {
        return options.qosFile() != null ? "-qosFile " + options.qosFile() + " -qosLibrary " + library
                : "-qosLibrary " + library;
    }

    private Consistency consistency() {
        return Consistency.of(env, options.consistency() == PerftestOptions.ConsistencyKind.atomic
                ? ConsistencyKind.ATOMIC : ConsistencyKind.EVENTUAL);
    }

    private Acceleration acceleration() {
        return Acceleration.of(env, options.transport() == PerftestOptions.TransportKind.SHMEM
                ? AccelerationKind.REQUIRED : AccelerationKind.NONE);
    }

    private Durability.Kind durability() {
        return switch (options.durability()) {
            case 1 -> Durability.Kind.TRANSIENT_LOCAL;
            case 2 -> Durability.Kind.TRANSIENT;
            case 3 -> Durability.Kind.PERSISTENT;
            default -> Durability.Kind.VOLATILE;
        };
    }
}
