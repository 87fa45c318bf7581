package io.sirocco.dcps.qos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.LatencyBudget;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.PublisherQos;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.SubscriberQos;

class QosMatchingTest {
    private final TestEnvironment env = new TestEnvironment();
    private final QosDefaults defaults = new QosDefaults(env);
    private final SiroccoPolicyFactory f = defaults.policyFactory();

    private final PublisherQos publisher = defaults.publisherQos();
    private final SubscriberQos subscriber = defaults.subscriberQos();
    private final DataWriterQos writer = defaults.dataWriterQos();
    private final DataReaderQos reader = defaults.dataReaderQos();

    private Set<Class<? extends QosPolicy>> incompatible(DataWriterQos w, DataReaderQos r) {
        return QosMatching.incompatiblePolicies(publisher, w, subscriber, r);
    }

    /** The offered writer policy against the requested reader policy, with everything else default. */
    private Set<Class<? extends QosPolicy>> offerRequest(QosPolicy.ForDataWriter offered,
            QosPolicy.ForDataReader requested) {
        return incompatible(writer.withPolicy(offered), reader.withPolicy(requested));
    }

    @Test
    void defaultWriterAndReaderAreCompatible() {
        assertEquals(Set.of(), incompatible(writer, reader));
    }

    @Test
    void durabilityOfferedMustBeAtLeastTheRequestedKind() {
        assertEquals(Set.of(Durability.class), offerRequest(f.Durability(), f.Durability().withTransientLocal()));
        assertEquals(Set.of(), offerRequest(f.Durability().withTransientLocal(), f.Durability()));
        assertEquals(Set.of(), offerRequest(f.Durability().withPersistent(), f.Durability().withTransient()));
        assertEquals(Set.of(Durability.class), offerRequest(f.Durability().withTransient(),
                f.Durability().withPersistent()));
    }

    @Test
    void presentationScopeAndAccessFlagsMustBeOffered() {
        SubscriberQos groupCoherent = subscriber.withPolicy(f.Presentation().withGroup().withCoherentAccess(true));
        assertEquals(Set.of(Presentation.class), QosMatching.incompatiblePolicies(publisher, writer,
                groupCoherent, reader));
        PublisherQos groupOnly = publisher.withPolicy(f.Presentation().withGroup());
        assertEquals(Set.of(Presentation.class), QosMatching.incompatiblePolicies(groupOnly, writer,
                groupCoherent, reader));
        PublisherQos groupCoherentOrdered = publisher.withPolicy(
                f.Presentation().withGroup().withCoherentAccess(true).withOrderedAccess(true));
        assertEquals(Set.of(), QosMatching.incompatiblePolicies(groupCoherentOrdered, writer, groupCoherent, reader));
        SubscriberQos topicOrdered = subscriber.withPolicy(f.Presentation().withTopic().withOrderedAccess(true));
        assertEquals(Set.of(Presentation.class),
                QosMatching.incompatiblePolicies(publisher.withPolicy(f.Presentation().withTopic()), writer,
                        topicOrdered, reader));
        assertEquals(Set.of(), QosMatching.incompatiblePolicies(groupCoherentOrdered, writer, topicOrdered, reader));
    }

    @Test
    void deadlineOfferedPeriodMustNotExceedTheRequestedOne() {
        assertEquals(Set.of(Deadline.class), offerRequest(f.Deadline(), f.Deadline().withPeriod(1, TimeUnit.SECONDS)));
        assertEquals(Set.of(), offerRequest(f.Deadline().withPeriod(1, TimeUnit.SECONDS), f.Deadline()));
        assertEquals(Set.of(), offerRequest(f.Deadline().withPeriod(1, TimeUnit.SECONDS),
                f.Deadline().withPeriod(1000, TimeUnit.MILLISECONDS)));
        assertEquals(Set.of(Deadline.class), offerRequest(f.Deadline().withPeriod(2, TimeUnit.SECONDS),
                f.Deadline().withPeriod(1, TimeUnit.SECONDS)));
    }

    @Test
    void latencyBudgetOfferedMustNotExceedTheRequestedOne() {
        assertEquals(Set.of(LatencyBudget.class),
                offerRequest(f.LatencyBudget().withDuration(10, TimeUnit.MILLISECONDS), f.LatencyBudget()));
        assertEquals(Set.of(), offerRequest(f.LatencyBudget(), f.LatencyBudget().withDuration(10,
                TimeUnit.MILLISECONDS)));
    }

    @Test
    void ownershipKindsMustBeEqual() {
        assertEquals(Set.of(Ownership.class), offerRequest(f.Ownership().withExclusive(), f.Ownership()));
        assertEquals(Set.of(Ownership.class), offerRequest(f.Ownership(), f.Ownership().withExclusive()));
        assertEquals(Set.of(), offerRequest(f.Ownership().withExclusive(), f.Ownership().withExclusive()));
    }

    @Test
    void livelinessKindMustBeAtLeastAndLeaseAtMostTheRequested() {
        assertEquals(Set.of(Liveliness.class),
                offerRequest(f.Liveliness(), f.Liveliness().withManualByParticipant()));
        assertEquals(Set.of(), offerRequest(f.Liveliness().withManualByTopic(),
                f.Liveliness().withManualByParticipant()));
        assertEquals(Set.of(Liveliness.class),
                offerRequest(f.Liveliness().withManualByParticipant(), f.Liveliness().withManualByTopic()));
        assertEquals(Set.of(Liveliness.class),
                offerRequest(f.Liveliness(), f.Liveliness().withLeaseDuration(5, TimeUnit.SECONDS)));
        assertEquals(Set.of(), offerRequest(f.Liveliness().withLeaseDuration(1, TimeUnit.SECONDS),
                f.Liveliness().withLeaseDuration(5, TimeUnit.SECONDS)));
    }

    @Test
    void reliableReadersNeedReliableWriters() {
        assertEquals(Set.of(Reliability.class), offerRequest(f.Reliability(), f.Reliability().withReliable()));
        assertEquals(Set.of(), offerRequest(f.writerReliability(), f.Reliability()));
        assertEquals(Set.of(), offerRequest(f.writerReliability().withMaxBlockingTime(1, TimeUnit.SECONDS),
                f.Reliability().withReliable()));
    }

    @Test
    void sourceTimestampReadersNeedSourceTimestampWriters() {
        assertEquals(Set.of(DestinationOrder.class),
                offerRequest(f.DestinationOrder(), f.DestinationOrder().withSourceTimestamp()));
        assertEquals(Set.of(), offerRequest(f.DestinationOrder().withSourceTimestamp(), f.DestinationOrder()));
    }

    @Test
    void theWritersFirstRepresentationMustBeOneTheReaderAccepts() {
        short xcdr = RepresentationRule.XCDR;
        short xcdr2 = RepresentationRule.XCDR2;
        assertEquals(Set.of(), offerRequest(f.Representation(), f.Representation().withValue(xcdr)));
        assertEquals(Set.of(), offerRequest(f.Representation().withValue(xcdr), f.Representation()));
        assertEquals(Set.of(DataRepresentation.class),
                offerRequest(f.Representation().withValue(xcdr2), f.Representation()));
        assertEquals(Set.of(), offerRequest(f.Representation().withValue(xcdr2, xcdr),
                f.Representation().withValue(xcdr, xcdr2)));
        assertEquals(Set.of(DataRepresentation.class),
                offerRequest(f.Representation(), f.Representation().withValue(xcdr2)));
        assertEquals(Set.of(DataRepresentation.class),
                offerRequest(f.Representation().withValue(xcdr2, xcdr), f.Representation().withValue(xcdr)));
    }

    @Test
    void aTransportMayPassItsOwnRepresentationRule() {
        RepresentationRule xcdr2ReadsXcdr = (offered, accepted) -> accepted.contains(offered)
                || (offered == RepresentationRule.XCDR && accepted.contains(RepresentationRule.XCDR2));
        DataWriterQos w = writer.withPolicy(f.Representation());
        DataReaderQos r = reader.withPolicy(f.Representation().withValue(RepresentationRule.XCDR2));
        assertEquals(Set.of(DataRepresentation.class), incompatible(w, r));
        assertEquals(Set.of(), QosMatching.incompatiblePolicies(publisher, w, subscriber, r, xcdr2ReadsXcdr));
        assertEquals(RepresentationRule.XCDR, RepresentationRule.offeredBy(f.Representation()));
        assertEquals(List.of(RepresentationRule.XCDR), RepresentationRule.acceptedBy(f.Representation()));
    }

    @Test
    void eventualWritersCannotServeAtomicReadersButAtomicWritersServeBoth() {
        assertEquals(Set.of(Consistency.class), offerRequest(Consistency.eventual(env), Consistency.atomic(env)));
        assertEquals(Set.of(), offerRequest(Consistency.atomic(env), Consistency.eventual(env)));
        assertEquals(Set.of(), offerRequest(Consistency.atomic(env), Consistency.atomic(env)));
        assertTrue(QosMatching.satisfies(Consistency.atomic(env), Consistency.eventual(env)));
    }

    @Test
    void accelerationNeverMakesEndpointsIncompatible() {
        assertEquals(Set.of(), offerRequest(Acceleration.none(env), Acceleration.of(env, AccelerationKind.REQUIRED)));
    }

    @Test
    void everyIncompatiblePolicyIsReportedInAFixedOrder() {
        DataWriterQos w = writer.withPolicies(f.Reliability(), f.Durability(), Consistency.eventual(env));
        DataReaderQos r = reader.withPolicies(f.Reliability().withReliable(), f.Durability().withTransientLocal(),
                Consistency.atomic(env), f.Deadline().withPeriod(1, TimeUnit.SECONDS));
        Set<Class<? extends QosPolicy>> bad = incompatible(w, r);
        assertEquals(List.of(Durability.class, Deadline.class, Reliability.class, Consistency.class), List.copyOf(bad));
        assertThrows(UnsupportedOperationException.class, () -> bad.add(Ownership.class));
    }

    @Test
    void missingArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QosMatching.incompatiblePolicies(publisher, null, subscriber, reader));
        assertTrue(e.getMessage().startsWith("writerQos"), e.getMessage());
    }
}
