package io.sirocco.dcps.qos;

import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;

/**
 * The requested/offered rules that decide whether a data writer (with its publisher) may be matched
 * with a data reader (with its subscriber), and the partition rule that decides whether they meet
 * at all. The per-policy {@code satisfies} methods are the single statement of each rule; the
 * policies' {@code requestedOfferedContract()} views use them too. Policies are read through their
 * OMG interfaces, so QoS objects of other implementations are judged the same way.
 */
public final class QosMatching {
    private QosMatching() {
    }

    /**
     * The policies on which the offer does not satisfy the request, keyed as in the QoS maps
     * ({@code Durability.class}, ..., {@code Consistency.class}); empty when they are compatible.
     * Data representations are judged by {@link RepresentationRule#STANDARD}.
     *
     * @return an unmodifiable set, in a fixed order
     */
    public static Set<Class<? extends QosPolicy>> incompatiblePolicies(PublisherQos publisherQos,
            DataWriterQos writerQos, SubscriberQos subscriberQos, DataReaderQos readerQos) {
        return incompatiblePolicies(publisherQos, writerQos, subscriberQos, readerQos,
                RepresentationRule.STANDARD);
    }

    /**
     * As {@link #incompatiblePolicies(PublisherQos, DataWriterQos, SubscriberQos, DataReaderQos)},
     * with the given representation rule.
     */
    public static Set<Class<? extends QosPolicy>> incompatiblePolicies(PublisherQos publisherQos,
            DataWriterQos writerQos, SubscriberQos subscriberQos, DataReaderQos readerQos,
            RepresentationRule representationRule) {
        Args.require(publisherQos, "publisherQos");
        Args.require(writerQos, "writerQos");
        Args.require(subscriberQos, "subscriberQos");
        Args.require(readerQos, "readerQos");
        Args.require(representationRule, "representationRule");
        Set<Class<? extends QosPolicy>> bad = new LinkedHashSet<>();
        check(bad, Durability.class, satisfies(writerQos.getDurability(), readerQos.getDurability()));
        check(bad, Presentation.class, satisfies(publisherQos.getPresentation(), subscriberQos.getPresentation()));
        check(bad, Deadline.class, satisfies(writerQos.getDeadline(), readerQos.getDeadline()));
        check(bad, LatencyBudget.class, satisfies(writerQos.getLatencyBudget(), readerQos.getLatencyBudget()));
        check(bad, Ownership.class, satisfies(writerQos.getOwnership(), readerQos.getOwnership()));
        check(bad, Liveliness.class, satisfies(writerQos.getLiveliness(), readerQos.getLiveliness()));
        check(bad, Reliability.class, satisfies(writerQos.getReliability(), readerQos.getReliability()));
        check(bad, DestinationOrder.class,
                satisfies(writerQos.getDestinationOrder(), readerQos.getDestinationOrder()));
        check(bad, DataRepresentation.class,
                representationRule.compatible(writerQos.getRepresentation(), readerQos.getRepresentation()));
        check(bad, Consistency.class, consistencyOf(writerQos.get(Consistency.class))
                .compareTo(consistencyOf(readerQos.get(Consistency.class))) >= 0);
        return bad.isEmpty() ? Set.of() : Collections.unmodifiableSet(bad);
    }

    private static void check(Set<Class<? extends QosPolicy>> bad, Class<? extends QosPolicy> policy, boolean ok) {
        if (!ok) {
            bad.add(policy);
        }
    }

    /** A QoS without a Consistency policy (another vendor's) is standard DDS, that is EVENTUAL. */
    private static ConsistencyKind consistencyOf(Consistency policy) {
        return policy == null ? ConsistencyKind.EVENTUAL : policy.getKind();
    }

    /**
     * Offered kind at least the requested one: {@code VOLATILE < TRANSIENT_LOCAL < TRANSIENT <
     * PERSISTENT}.
     */
    public static boolean satisfies(Durability offered, Durability requested) {
        return present(offered, "offered").getKind().compareTo(present(requested, "requested").getKind()) >= 0;
    }

    /**
     * Offered access scope at least the requested one ({@code INSTANCE < TOPIC < GROUP}), and
     * coherent and ordered access offered wherever requested.
     */
    public static boolean satisfies(Presentation offered, Presentation requested) {
        present(offered, "offered");
        present(requested, "requested");
        return offered.getAccessScope().compareTo(requested.getAccessScope()) >= 0
                && (offered.isCoherentAccess() || !requested.isCoherentAccess())
                && (offered.isOrderedAccess() || !requested.isOrderedAccess());
    }

    /** Offered period at most the requested one. */
    public static boolean satisfies(Deadline offered, Deadline requested) {
        return nanos(present(offered, "offered").getPeriod())
                <= nanos(present(requested, "requested").getPeriod());
    }

    /** Offered budget at most the requested one. */
    public static boolean satisfies(LatencyBudget offered, LatencyBudget requested) {
        return nanos(present(offered, "offered").getDuration())
                <= nanos(present(requested, "requested").getDuration());
    }

    /** Equal kinds. */
    public static boolean satisfies(Ownership offered, Ownership requested) {
        return present(offered, "offered").getKind() == present(requested, "requested").getKind();
    }

    /**
     * Offered kind at least the requested one ({@code AUTOMATIC < MANUAL_BY_PARTICIPANT <
     * MANUAL_BY_TOPIC}) and offered lease at most the requested one.
     */
    public static boolean satisfies(Liveliness offered, Liveliness requested) {
        present(offered, "offered");
        present(requested, "requested");
        return offered.getKind().compareTo(requested.getKind()) >= 0
                && nanos(offered.getLeaseDuration()) <= nanos(requested.getLeaseDuration());
    }

    /** Offered kind at least the requested one: {@code BEST_EFFORT < RELIABLE}. */
    public static boolean satisfies(Reliability offered, Reliability requested) {
        return present(offered, "offered").getKind().compareTo(present(requested, "requested").getKind()) >= 0;
    }

    /** Offered kind at least the requested one: {@code BY_RECEPTION_TIMESTAMP < BY_SOURCE_TIMESTAMP}. */
    public static boolean satisfies(DestinationOrder offered, DestinationOrder requested) {
        return present(offered, "offered").getKind().compareTo(present(requested, "requested").getKind()) >= 0;
    }

    /** The writer's representation is accepted by the reader, by {@link RepresentationRule#STANDARD}. */
    public static boolean satisfies(DataRepresentation offered, DataRepresentation requested) {
        return RepresentationRule.STANDARD.compatible(present(offered, "offered"),
                present(requested, "requested"));
    }

    /** Offered kind at least the requested one: an ATOMIC writer serves both kinds of reader. */
    public static boolean satisfies(Consistency offered, Consistency requested) {
        return present(offered, "offered").satisfies(present(requested, "requested"));
    }

    /**
     * Whether a writer whose publisher has {@code writerSide} and a reader whose subscriber has
     * {@code readerSide} share a partition. An empty name list stands for the default partition
     * {@code ""}; see {@link #partitionNamesMatch(String, String)} for how two names compare.
     */
    public static boolean partitionsMatch(Partition writerSide, Partition readerSide) {
        Set<String> writerNames = names(present(writerSide, "writerSide"));
        Set<String> readerNames = names(present(readerSide, "readerSide"));
        for (String w : writerNames) {
            for (String r : readerNames) {
                if (partitionNamesMatch(w, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether two partition names match: when they are equal, or when one is a wildcard expression
     * ({@link FnmatchPattern}) that matches the other, plain, name. Two different wildcard
     * expressions never match, even if some name would match both. As in {@code fnmatch},
     * {@code "*"} also matches the default partition {@code ""}.
     */
    public static boolean partitionNamesMatch(String a, String b) {
        Args.require(a, "a");
        Args.require(b, "b");
        if (a.equals(b)) {
            return true;
        }
        FnmatchPattern pa = FnmatchPattern.compile(a);
        FnmatchPattern pb = FnmatchPattern.compile(b);
        if (pa.hasWildcard() == pb.hasWildcard()) {
            return false;
        }
        return pa.hasWildcard() ? pa.matches(b) : pb.matches(a);
    }

    private static Set<String> names(Partition partition) {
        Set<String> names = partition.getName();
        return names.isEmpty() ? Set.of("") : names;
    }

    private static <T> T present(T policy, String name) {
        return Args.require(policy, name);
    }

    private static long nanos(org.omg.dds.core.Duration duration) {
        return NanoDuration.nanosOf(duration);
    }

    /**
     * What a policy's contract view returns: 0 for an equal request, 1 for a request it satisfies
     * with room to spare, -1 for one it does not satisfy.
     */
    static int contractResult(boolean satisfied, Object offered, Object requested) {
        return !satisfied ? -1 : offered.equals(requested) ? 0 : 1;
    }
}
