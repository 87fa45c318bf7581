package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.event.OfferedIncompatibleQosEvent;
import org.omg.dds.core.event.RequestedIncompatibleQosEvent;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Deadline;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.QosPolicyCount;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterAdapter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.Topic;

/**
 * Requested/offered QoS matching (DCPS 2.2.3): a writer and a reader of a topic are matched only if
 * every RxO policy the writer offers satisfies what the reader requests and their partitions meet;
 * otherwise both sides report the incompatible policies. Includes Sirocco's Consistency policy.
 */
class QosMatchingTest extends DcpsFixture {
    private Topic<Shape> topic;

    @BeforeEach
    void createTopic() {
        topic = participant.createTopic("MatchedShapes", Shape.class);
    }

    // ------------------------------------------------------------------ helpers

    private Publisher publisherIn(String... partitions) {
        return participant.createPublisher(participant.getDefaultPublisherQos()
                .withPolicy(policies.Partition().withName(partitions)));
    }

    private Subscriber subscriberIn(String... partitions) {
        return participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Partition().withName(partitions)));
    }

    private static int countOf(Set<QosPolicyCount> counts, Class<? extends QosPolicy> policy) {
        return counts.stream().filter(c -> c.getPolicyClass() == policy).mapToInt(QosPolicyCount::getCount).sum();
    }

    private void assertIncompatible(Class<? extends QosPolicy> policy, DataWriterQos writerQos,
            DataReaderQos readerQos) throws Exception {
        assertIncompatible(policy, publisher, subscriber, writerQos, readerQos);
    }

    /** Creates the pair and checks that both sides refuse the match because of {@code policy}. */
    private void assertIncompatible(Class<? extends QosPolicy> policy, Publisher pub, Subscriber sub,
            DataWriterQos writerQos, DataReaderQos readerQos) throws Exception {
        DataReader<Shape> reader = sub.createDataReader(topic, readerQos);
        DataWriter<Shape> writer = pub.createDataWriter(topic, writerQos);
        eventually(5, "both sides to report the incompatibility",
                () -> writer.getStatusChanges().contains(OfferedIncompatibleQosStatus.class)
                        && reader.getStatusChanges().contains(RequestedIncompatibleQosStatus.class));

        OfferedIncompatibleQosStatus offered = writer.getOfferedIncompatibleQosStatus();
        assertEquals(1, offered.getTotalCount());
        assertEquals(1, offered.getTotalCountChange());
        assertEquals(policy, offered.getLastPolicyClass());
        assertEquals(1, countOf(offered.getPolicies(), policy));
        RequestedIncompatibleQosStatus requested = reader.getRequestedIncompatibleQosStatus();
        assertEquals(1, requested.getTotalCount());
        assertEquals(1, requested.getTotalCountChange());
        assertEquals(policy, requested.getLastPolicyClass());
        assertEquals(1, countOf(requested.getPolicies(), policy));

        assertTrue(writer.getMatchedSubscriptions().isEmpty());
        assertTrue(reader.getMatchedPublications().isEmpty());
        assertEquals(0, writer.getPublicationMatchedStatus().getTotalCount());
        assertEquals(0, reader.getSubscriptionMatchedStatus().getTotalCount());
        writer.write(Shape.of("RED", 1));
        Thread.sleep(20);
        assertTrue(reader.read(new ArrayList<>()).isEmpty(), "an unmatched reader receives nothing");
    }

    private void assertCompatible(DataWriterQos writerQos, DataReaderQos readerQos) throws Exception {
        assertCompatible(publisher, subscriber, writerQos, readerQos);
    }

    /** Creates the pair and checks that they match and data flows. */
    private void assertCompatible(Publisher pub, Subscriber sub, DataWriterQos writerQos, DataReaderQos readerQos)
            throws Exception {
        DataReader<Shape> reader = sub.createDataReader(topic, readerQos);
        DataWriter<Shape> writer = pub.createDataWriter(topic, writerQos);
        eventually(5, "the pair to match", () -> writer.getMatchedSubscriptions().size() == 1
                && reader.getMatchedPublications().size() == 1);
        assertEquals(0, writer.getOfferedIncompatibleQosStatus().getTotalCount());
        assertEquals(0, reader.getRequestedIncompatibleQosStatus().getTotalCount());
        writer.write(Shape.of("RED", 1));
        eventually(5, "the sample to arrive", () -> reader.read(new ArrayList<>()).size() == 1);
    }

    private boolean matched(DataWriter<Shape> writer, DataReader<Shape> reader) {
        return writer.getMatchedSubscriptions().contains(reader.getInstanceHandle())
                && reader.getMatchedPublications().contains(writer.getInstanceHandle());
    }

    // ------------------------------------------------------------------ incompatible policies

    @Test
    void aBestEffortWriterDoesNotMatchAReliableReader() throws Exception {
        assertIncompatible(Reliability.class, writerQos(policies.Reliability().withBestEffort()),
                readerQos(policies.Reliability().withReliable()));
    }

    @Test
    void aVolatileWriterDoesNotMatchATransientLocalReader() throws Exception {
        assertIncompatible(Durability.class, writerQos(policies.Durability().withVolatile()),
                readerQos(policies.Durability().withTransientLocal()));
    }

    @Test
    void aWriterWithALongerDeadlineDoesNotMatch() throws Exception {
        assertIncompatible(Deadline.class, writerQos(policies.Deadline().withPeriod(200, TimeUnit.MILLISECONDS)),
                readerQos(policies.Deadline().withPeriod(100, TimeUnit.MILLISECONDS)));
    }

    @Test
    void aWriterWithAWeakerLivelinessKindDoesNotMatch() throws Exception {
        assertIncompatible(Liveliness.class, writerQos(policies.Liveliness().withAutomatic()),
                readerQos(policies.Liveliness().withManualByParticipant()));
    }

    @Test
    void differentOwnershipKindsDoNotMatch() throws Exception {
        assertIncompatible(Ownership.class, writerQos(policies.Ownership().withShared()),
                readerQos(policies.Ownership().withExclusive()));
    }

    @Test
    void anExclusiveWriterDoesNotMatchASharedReader() throws Exception {
        assertIncompatible(Ownership.class, writerQos(policies.Ownership().withExclusive()),
                readerQos(policies.Ownership().withShared()));
    }

    @Test
    void aReceptionOrderedWriterDoesNotMatchASourceOrderedReader() throws Exception {
        assertIncompatible(DestinationOrder.class,
                writerQos(policies.DestinationOrder().withReceptionTimestamp()),
                readerQos(policies.DestinationOrder().withSourceTimestamp()));
    }

    @Test
    void aNarrowerPresentationScopeDoesNotMatch() throws Exception {
        Publisher instanceScope = participant.createPublisher(participant.getDefaultPublisherQos()
                .withPolicy(policies.Presentation().withInstance()));
        Subscriber topicScope = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Presentation().withTopic()));
        assertIncompatible(Presentation.class, instanceScope, topicScope, instanceScope.getDefaultDataWriterQos(),
                topicScope.getDefaultDataReaderQos());
    }

    @Test
    void coherentAccessRequestedButNotOfferedDoesNotMatch() throws Exception {
        Publisher plain = participant.createPublisher(participant.getDefaultPublisherQos()
                .withPolicy(policies.Presentation().withTopic()));
        Subscriber coherent = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Presentation().withTopic().withCoherentAccess(true)));
        assertIncompatible(Presentation.class, plain, coherent, plain.getDefaultDataWriterQos(),
                coherent.getDefaultDataReaderQos());
    }

    @Test
    void aRepresentationTheReaderDoesNotAcceptDoesNotMatch() throws Exception {
        assertIncompatible(DataRepresentation.class,
                writerQos(policies.DataRepresentation().withValue(DataRepresentation.Id.XML_DATA_REPRESENTATION)),
                readerQos(policies.DataRepresentation().withValue(DataRepresentation.Id.XCDR_DATA_REPRESENTATION)));
    }

    @Test
    void anEventualWriterDoesNotMatchAnAtomicReader() throws Exception {
        assertIncompatible(Consistency.class, writerQos(Consistency.eventual(env)),
                readerQos(Consistency.atomic(env)));
    }

    @Test
    void everyIncompatiblePolicyIsCountedOnce() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(
                policies.Reliability().withReliable(), policies.Deadline().withPeriod(100, TimeUnit.MILLISECONDS)));
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(
                policies.Reliability().withBestEffort(), policies.Deadline().withPeriod(1, TimeUnit.SECONDS)));
        eventually(5, "the incompatibility", () -> reader.getStatusChanges()
                .contains(RequestedIncompatibleQosStatus.class));

        RequestedIncompatibleQosStatus requested = reader.getRequestedIncompatibleQosStatus();
        assertEquals(1, requested.getTotalCount(), "one incompatible writer");
        assertEquals(1, countOf(requested.getPolicies(), Reliability.class));
        assertEquals(1, countOf(requested.getPolicies(), Deadline.class));
        assertTrue(Set.of(Reliability.class, Deadline.class).contains(requested.getLastPolicyClass()));
        OfferedIncompatibleQosStatus offered = writer.getOfferedIncompatibleQosStatus();
        assertEquals(1, countOf(offered.getPolicies(), Reliability.class));
        assertEquals(1, countOf(offered.getPolicies(), Deadline.class));
    }

    @Test
    void incompatibleReadersAreCountedPerReader() throws Exception {
        DataWriter<Shape> writer = publisher.createDataWriter(topic,
                writerQos(policies.Reliability().withBestEffort()));
        subscriber.createDataReader(topic, readerQos(policies.Reliability().withReliable()));
        subscriber.createDataReader(topic, readerQos(policies.Reliability().withReliable()));
        DataReader<Shape> fine = subscriber.createDataReader(topic, readerQos(policies.Reliability().withBestEffort()));
        eventually(5, "two incompatible readers", () -> writer.getOfferedIncompatibleQosStatus().getTotalCount() == 2);

        OfferedIncompatibleQosStatus offered = writer.getOfferedIncompatibleQosStatus();
        assertEquals(2, countOf(offered.getPolicies(), Reliability.class));
        assertEquals(0, offered.getTotalCountChange(), "already read");
        assertEquals(Set.of(fine.getInstanceHandle()), writer.getMatchedSubscriptions());
    }

    // ------------------------------------------------------------------ compatible policies

    @Test
    void aWriterOfferingMoreThanRequestedIsMatched() throws Exception {
        assertCompatible(
                writerQos(policies.Reliability().withReliable(), policies.Durability().withTransientLocal(),
                        policies.Deadline().withPeriod(1, TimeUnit.SECONDS),
                        policies.Liveliness().withManualByTopic().withLeaseDuration(1, TimeUnit.SECONDS),
                        policies.DestinationOrder().withSourceTimestamp(), Consistency.atomic(env)),
                readerQos(policies.Reliability().withBestEffort(), policies.Durability().withVolatile(),
                        policies.Deadline().withPeriod(2, TimeUnit.SECONDS),
                        policies.Liveliness().withAutomatic().withLeaseDuration(2, TimeUnit.SECONDS),
                        policies.DestinationOrder().withReceptionTimestamp(), Consistency.eventual(env)));
    }

    @Test
    void equalOffersAndRequestsAreMatched() throws Exception {
        Publisher group = participant.createPublisher(participant.getDefaultPublisherQos()
                .withPolicy(policies.Presentation().withGroup().withCoherentAccess(true)));
        Subscriber topicScope = participant.createSubscriber(participant.getDefaultSubscriberQos()
                .withPolicy(policies.Presentation().withTopic().withCoherentAccess(true)));
        assertCompatible(group, topicScope,
                group.getDefaultDataWriterQos().withPolicies(policies.Reliability().withReliable(),
                        policies.Ownership().withExclusive(), Consistency.atomic(env)),
                topicScope.getDefaultDataReaderQos().withPolicies(policies.Reliability().withReliable(),
                        policies.Ownership().withExclusive(), Consistency.atomic(env)));
    }

    @Test
    void matchedStatusesCountTheMatchesAndNameTheLastOne() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "the match", () -> matched(writer, reader));

        PublicationMatchedStatus publication = writer.getPublicationMatchedStatus();
        assertEquals(1, publication.getTotalCount());
        assertEquals(1, publication.getTotalCountChange());
        assertEquals(1, publication.getCurrentCount());
        assertEquals(1, publication.getCurrentCountChange());
        assertEquals(reader.getInstanceHandle(), publication.getLastSubscriptionHandle());
        SubscriptionMatchedStatus subscription = reader.getSubscriptionMatchedStatus();
        assertEquals(1, subscription.getTotalCount());
        assertEquals(1, subscription.getCurrentCount());
        assertEquals(writer.getInstanceHandle(), subscription.getLastPublicationHandle());

        DataReader<Shape> second = subscriber.createDataReader(topic);
        reader.close();
        PublicationMatchedStatus after = writer.getPublicationMatchedStatus();
        assertEquals(2, after.getTotalCount(), "total counts every match ever made");
        assertEquals(1, after.getTotalCountChange());
        assertEquals(1, after.getCurrentCount());
        assertEquals(0, after.getCurrentCountChange(), "one came, one went");
        assertEquals(Set.of(second.getInstanceHandle()), writer.getMatchedSubscriptions());
    }

    @Test
    void matchedEndpointsDescribeEachOther() throws Exception {
        Publisher pub = publisherIn("P1");
        Subscriber sub = subscriberIn("P1");
        DataReader<Shape> reader = sub.createDataReader(topic, sub.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.Deadline().withPeriod(5, TimeUnit.SECONDS)));
        DataWriter<Shape> writer = pub.createDataWriter(topic, pub.getDefaultDataWriterQos().withPolicies(
                policies.OwnershipStrength().withValue(7), policies.Deadline().withPeriod(3, TimeUnit.SECONDS)));
        eventually(5, "the match", () -> matched(writer, reader));

        SubscriptionBuiltinTopicData subscription = writer.getMatchedSubscriptionData(reader.getInstanceHandle());
        assertEquals("MatchedShapes", subscription.getTopicName());
        assertEquals(topic.getTypeName(), subscription.getTypeName());
        assertEquals(Reliability.Kind.RELIABLE, subscription.getReliability().getKind());
        assertEquals(5, subscription.getDeadline().getPeriod().getDuration(TimeUnit.SECONDS));
        assertEquals(Set.of("P1"), subscription.getPartition().getName());

        PublicationBuiltinTopicData publication = reader.getMatchedPublicationData(writer.getInstanceHandle());
        assertEquals("MatchedShapes", publication.getTopicName());
        assertEquals(7, publication.getOwnershipStrength().getValue());
        assertEquals(3, publication.getDeadline().getPeriod().getDuration(TimeUnit.SECONDS));
        assertEquals(Set.of("P1"), publication.getPartition().getName());
    }

    @Test
    void aQosChangeThatKeepsThePairCompatibleKeepsTheMatch() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "the match", () -> matched(writer, reader));
        writer.write(Shape.of("RED", 1));
        reader.getSubscriptionMatchedStatus();
        writer.getPublicationMatchedStatus();

        writer.setQos(writer.getQos().withPolicy(policies.OwnershipStrength().withValue(20)));
        reader.setQos(reader.getQos().withPolicy(policies.LatencyBudget().withDuration(10, TimeUnit.SECONDS)));

        assertTrue(matched(writer, reader));
        assertFalse(reader.getStatusChanges().contains(SubscriptionMatchedStatus.class),
                "no unmatch/rematch: " + reader.getSubscriptionMatchedStatus().getTotalCount());
        assertFalse(writer.getStatusChanges().contains(PublicationMatchedStatus.class),
                "no unmatch/rematch: " + writer.getPublicationMatchedStatus().getTotalCount());
        assertEquals(1, reader.getSubscriptionMatchedStatus().getTotalCount());
        assertEquals(1, writer.getPublicationMatchedStatus().getTotalCount());
        assertEquals(InstanceState.ALIVE, reader.read(new ArrayList<>()).getLast().getInstanceState(),
                "the instance keeps its writer");
        assertEquals(20, reader.getMatchedPublicationData(writer.getInstanceHandle()).getOwnershipStrength()
                .getValue(), "the reader sees the writer's new QoS");
        assertEquals(10, writer.getMatchedSubscriptionData(reader.getInstanceHandle()).getLatencyBudget()
                .getDuration().getDuration(TimeUnit.SECONDS), "the writer sees the reader's new QoS");
    }

    @Test
    void aQosChangeThatBreaksCompatibilityUnmatchesAndRestoringItRematches() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic,
                readerQos(policies.Deadline().withPeriod(2, TimeUnit.SECONDS)));
        DataWriter<Shape> writer = publisher.createDataWriter(topic,
                writerQos(policies.Deadline().withPeriod(1, TimeUnit.SECONDS)));
        eventually(5, "the match", () -> matched(writer, reader));
        writer.getPublicationMatchedStatus();

        writer.setQos(writer.getQos().withPolicy(policies.Deadline().withPeriod(3, TimeUnit.SECONDS)));
        eventually(5, "the unmatch", () -> writer.getMatchedSubscriptions().isEmpty());
        PublicationMatchedStatus unmatched = writer.getPublicationMatchedStatus();
        assertEquals(0, unmatched.getCurrentCount());
        assertEquals(-1, unmatched.getCurrentCountChange());
        assertEquals(Deadline.class, writer.getOfferedIncompatibleQosStatus().getLastPolicyClass());

        writer.setQos(writer.getQos().withPolicy(policies.Deadline().withPeriod(1, TimeUnit.SECONDS)));
        eventually(5, "the new match", () -> matched(writer, reader));
        assertEquals(2, writer.getPublicationMatchedStatus().getTotalCount());
    }

    // ------------------------------------------------------------------ partitions

    @Test
    void writersAndReadersInTheSamePartitionMatch() throws Exception {
        assertCompatible(publisherIn("A"), subscriberIn("A"), writerQos(), readerQos());
    }

    @Test
    void writersAndReadersWithoutACommonPartitionDoNotMatchAndReportNoIncompatibility() throws Exception {
        DataReader<Shape> reader = subscriberIn("B", "C").createDataReader(topic);
        DataWriter<Shape> writer = publisherIn("A").createDataWriter(topic);
        DataReader<Shape> witness = subscriberIn("A").createDataReader(topic);
        eventually(5, "the writer to match the witness in A", () -> matched(writer, witness));
        assertFalse(matched(writer, reader));
        assertEquals(0, writer.getOfferedIncompatibleQosStatus().getTotalCount(),
                "partitions are not a QoS incompatibility");
        assertEquals(0, reader.getRequestedIncompatibleQosStatus().getTotalCount());
    }

    @Test
    void oneCommonPartitionIsEnough() throws Exception {
        assertCompatible(publisherIn("A", "B"), subscriberIn("C", "B"), writerQos(), readerQos());
    }

    @Test
    void anAsteriskWildcardMatchesPartitionNames() throws Exception {
        assertCompatible(publisherIn("sensors.kitchen"), subscriberIn("sensors.*"), writerQos(), readerQos());
    }

    @Test
    void aQuestionMarkWildcardMatchesOneCharacter() throws Exception {
        Publisher pub = publisherIn("room1");
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        DataReader<Shape> one = subscriberIn("room?").createDataReader(topic);
        DataReader<Shape> two = subscriberIn("room??").createDataReader(topic);
        eventually(5, "room? to match room1", () -> matched(writer, one));
        assertFalse(matched(writer, two), "room?? needs two characters");
    }

    @Test
    void twoWildcardExpressionsMatchOnlyWhenIdentical() throws Exception {
        DataWriter<Shape> writer = publisherIn("A*").createDataWriter(topic);
        DataReader<Shape> same = subscriberIn("A*").createDataReader(topic);
        DataReader<Shape> other = subscriberIn("A?").createDataReader(topic);
        eventually(5, "identical expressions to match", () -> matched(writer, same));
        assertFalse(matched(writer, other), "different wildcard expressions never match each other");
    }

    @Test
    void theDefaultPartitionMatchesOnlyTheDefaultPartitionAndTheAsterisk() throws Exception {
        DataWriter<Shape> defaultWriter = publisher.createDataWriter(topic);
        DataReader<Shape> defaultReader = subscriber.createDataReader(topic);
        DataReader<Shape> emptyName = subscriberIn("").createDataReader(topic);
        DataReader<Shape> anything = subscriberIn("*").createDataReader(topic);
        DataReader<Shape> named = subscriberIn("A").createDataReader(topic);
        eventually(5, "the default partition readers to match", () -> matched(defaultWriter, defaultReader)
                && matched(defaultWriter, emptyName) && matched(defaultWriter, anything));
        assertFalse(matched(defaultWriter, named));
        assertTrue(publisher.getQos().getPartition().getName().isEmpty(), "the default is no name");
    }

    @Test
    void changingPartitionsWithSetQosMatchesAndUnmatches() throws Exception {
        Subscriber sub = subscriberIn("B");
        DataReader<Shape> reader = sub.createDataReader(topic);
        Publisher pub = publisherIn("A");
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        Thread.sleep(20);
        assertFalse(matched(writer, reader));

        sub.setQos(sub.getQos().withPolicy(policies.Partition().withName("A")));
        eventually(5, "the reader to join A", () -> matched(writer, reader));
        writer.write(Shape.of("RED", 1));
        eventually(5, "data to flow", () -> reader.read(new ArrayList<>()).size() == 1);
        reader.getSubscriptionMatchedStatus();

        pub.setQos(pub.getQos().withPolicy(policies.Partition().withName("C")));
        eventually(5, "the writer to leave A", () -> writer.getMatchedSubscriptions().isEmpty());
        SubscriptionMatchedStatus left = reader.getSubscriptionMatchedStatus();
        assertEquals(0, left.getCurrentCount());
        assertEquals(-1, left.getCurrentCountChange());
        assertEquals(1, left.getTotalCount());
    }

    // ------------------------------------------------------------------ Sirocco extension policies

    @Test
    void anAtomicWriterMatchesAtomicAndEventualReaders() throws Exception {
        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(Consistency.atomic(env)));
        DataReader<Shape> atomic = subscriber.createDataReader(topic, readerQos(Consistency.atomic(env)));
        DataReader<Shape> eventual = subscriber.createDataReader(topic, readerQos(Consistency.eventual(env)));
        eventually(5, "both readers to match", () -> matched(writer, atomic) && matched(writer, eventual));
        assertEquals(0, writer.getOfferedIncompatibleQosStatus().getTotalCount());
    }

    @Test
    void anEventualWriterReportsConsistencyAsTheIncompatiblePolicyOfAnAtomicReader() throws Exception {
        DataReader<Shape> atomic = subscriber.createDataReader(topic, readerQos(Consistency.atomic(env)));
        DataReader<Shape> eventual = subscriber.createDataReader(topic);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "the eventual reader to match", () -> matched(writer, eventual));
        eventually(5, "the atomic reader to refuse",
                () -> atomic.getRequestedIncompatibleQosStatus().getTotalCount() == 1);
        assertFalse(matched(writer, atomic));
        assertEquals(Consistency.class, atomic.getRequestedIncompatibleQosStatus().getLastPolicyClass());
        assertEquals(Consistency.class, writer.getOfferedIncompatibleQosStatus().getLastPolicyClass());
    }

    @Test
    void defaultQosIsEventuallyConsistentAndNotAccelerated() {
        DataWriterQos writerDefaults = publisher.getDefaultDataWriterQos();
        DataReaderQos readerDefaults = subscriber.getDefaultDataReaderQos();
        assertEquals(ConsistencyKind.EVENTUAL, writerDefaults.get(Consistency.class).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, readerDefaults.get(Consistency.class).getKind());
        assertEquals(ConsistencyKind.EVENTUAL, participant.getDefaultTopicQos().get(Consistency.class).getKind());
        assertEquals(AccelerationKind.NONE, writerDefaults.get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.NONE, readerDefaults.get(Acceleration.class).getKind());
        assertEquals(AccelerationKind.NONE, participant.getDefaultTopicQos().get(Acceleration.class).getKind());

        DataWriter<Shape> writer = publisher.createDataWriter(topic, writerQos(Consistency.atomic(env)));
        assertEquals(ConsistencyKind.ATOMIC, writer.getQos().get(Consistency.class).getKind());
        InstanceHandle handle = writer.getInstanceHandle();
        assertFalse(handle.isNil());
    }

    @Test
    void incompatibilitiesAreReportedToTheListeners() {
        List<Class<? extends QosPolicy>> offered = new CopyOnWriteArrayList<>();
        List<Class<? extends QosPolicy>> requested = new CopyOnWriteArrayList<>();
        subscriber.createDataReader(topic, readerQos(policies.Durability().withTransientLocal()),
                new DataReaderAdapter<>() {
                    @Override
                    public void onRequestedIncompatibleQos(RequestedIncompatibleQosEvent<Shape> event) {
                        requested.add(event.getStatus().getLastPolicyClass());
                    }
                }, RequestedIncompatibleQosStatus.class);
        publisher.createDataWriter(topic, writerQos(policies.Durability().withVolatile()),
                new DataWriterAdapter<>() {
                    @Override
                    public void onOfferedIncompatibleQos(OfferedIncompatibleQosEvent<Shape> event) {
                        offered.add(event.getStatus().getLastPolicyClass());
                    }
                }, OfferedIncompatibleQosStatus.class);
        eventually(5, "both listeners to be called", () -> !offered.isEmpty() && !requested.isEmpty());
        assertEquals(List.of(Durability.class), offered);
        assertEquals(List.of(Durability.class), requested);
    }
}
