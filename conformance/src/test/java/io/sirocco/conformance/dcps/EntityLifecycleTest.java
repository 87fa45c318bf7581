package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.omg.dds.core.AlreadyClosedException;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.NotEnabledException;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterAdapter;
import org.omg.dds.pub.DataWriterListener;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.DataReaderListener;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.Topic;

/**
 * The entity model of DCPS 2.2.2.1 as the Java PSM shapes it: the EntityFactory policy and
 * enable(), what a disabled entity allows, close() of an entity with everything it contains, the
 * reference rules for topics, and the lookups and parent links between entities.
 */
class EntityLifecycleTest extends DcpsFixture {

    private EntityFactory manualEnable() {
        return policies.EntityFactory().withAutoEnableCreatedEntities(false);
    }

    /** A participant (tracked for clean-up) whose children are created disabled. */
    private DomainParticipant participantWithManualEnable() {
        return newParticipant(factory.getDefaultParticipantQos().withPolicy(manualEnable()));
    }

    @Test
    void factoryWithAutoenableFalseCreatesDisabledParticipantsThatEnableOnDemand() {
        DomainParticipantFactoryQos original = factory.getQos();
        factory.setQos(original.withPolicy(manualEnable()));
        DomainParticipant disabled;
        try {
            disabled = newParticipant();
        } finally {
            factory.setQos(original);
        }
        assertTrue(factory.getQos().getEntityFactory().isAutoEnableCreatedEntities(), "factory QoS restored");
        assertThrows(NotEnabledException.class, disabled::getDiscoveredParticipants);
        assertThrows(NotEnabledException.class, disabled::assertLiveliness);
        // The participant itself is not visible to the others until it is enabled.
        InstanceHandle handle = disabled.getInstanceHandle();
        assertFalse(participant.getDiscoveredParticipants().contains(handle));

        disabled.enable();
        assertDoesNotThrow(disabled::assertLiveliness);
        eventually(5, "the enabled participant to be discovered",
                () -> participant.getDiscoveredParticipants().contains(handle));
    }

    @Test
    void participantWithAutoenableFalseCreatesDisabledPublishersSubscribersAndTopics() {
        DomainParticipant manual = participantWithManualEnable();
        Publisher pub = manual.createPublisher();
        Subscriber sub = manual.createSubscriber();
        Topic<Shape> topic = manual.createTopic("ManualTopic", Shape.class);

        assertThrows(NotEnabledException.class, pub::suspendPublications);
        assertThrows(NotEnabledException.class, pub::beginCoherentChanges);
        assertThrows(NotEnabledException.class, sub::beginAccess);
        assertThrows(NotEnabledException.class, sub::notifyDataReaders);
        // A disabled topic is not announced to the domain.
        assertTrue(participant.getDiscoveredTopics().stream()
                .noneMatch(h -> participant.getDiscoveredTopicData(h).getName().equals("ManualTopic")));

        pub.enable();
        sub.enable();
        topic.enable();
        assertDoesNotThrow(pub::suspendPublications);
        assertDoesNotThrow(pub::resumePublications);
        assertDoesNotThrow(sub::notifyDataReaders);
        eventually(5, "the enabled topic to be announced", () -> participant.getDiscoveredTopics().stream()
                .anyMatch(h -> participant.getDiscoveredTopicData(h).getName().equals("ManualTopic")));
    }

    @Test
    void publisherAndSubscriberWithAutoenableFalseCreateDisabledWritersAndReaders() throws Exception {
        Topic<Shape> topic = participant.createTopic("ManualChildren", Shape.class);
        Publisher pub = participant.createPublisher(participant.getDefaultPublisherQos().withPolicy(manualEnable()));
        Subscriber sub = participant.createSubscriber(participant.getDefaultSubscriberQos().withPolicy(manualEnable()));
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        DataReader<Shape> reader = sub.createDataReader(topic);

        assertThrows(NotEnabledException.class, () -> writer.write(Shape.of("RED", 1)));
        assertThrows(NotEnabledException.class, reader::take);
        assertEquals(0, reader.getSubscriptionMatchedStatus().getCurrentCount(), "a disabled reader matches nothing");

        writer.enable();
        reader.enable();
        eventually(5, "writer and reader to match", () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 1);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the sample to arrive", () -> countAndClose(reader.read()) == 1);
    }

    @Test
    void disabledWriterRefusesDataOperationsButAllowsQosListenersAndConditions() throws Exception {
        Topic<Shape> topic = participant.createTopic("DisabledWriter", Shape.class);
        Publisher pub = participant.createPublisher(participant.getDefaultPublisherQos().withPolicy(manualEnable()));
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        Shape red = Shape.of("RED", 1);

        assertThrows(NotEnabledException.class, () -> writer.write(red));
        assertThrows(NotEnabledException.class, () -> writer.registerInstance(red));
        assertThrows(NotEnabledException.class, writer::assertLiveliness);
        assertThrows(NotEnabledException.class, writer::getMatchedSubscriptions);
        assertThrows(NotEnabledException.class, () -> writer.waitForAcknowledgments(10, TimeUnit.MILLISECONDS));

        // Before enable even immutable policies may change.
        writer.setQos(writer.getQos().withPolicy(policies.Reliability().withBestEffort()));
        assertEquals(Reliability.Kind.BEST_EFFORT, writer.getQos().getReliability().getKind());
        DataWriterListener<Shape> listener = new DataWriterAdapter<>() {
        };
        writer.setListener(listener, PublicationMatchedStatus.class);
        assertSame(listener, writer.getListener());
        assertNotNull(writer.getStatusCondition());
        writer.getStatusCondition().setEnabledStatuses(PublicationMatchedStatus.class);
        assertEquals(Set.of(PublicationMatchedStatus.class), writer.getStatusCondition().getEnabledStatuses());
        assertNotNull(writer.getStatusChanges());
        assertSame(pub, writer.getParent());

        pub.enable();
        writer.enable();
        assertDoesNotThrow(() -> writer.write(red));
    }

    @Test
    void disabledReaderRefusesDataOperationsButAllowsQosListenersAndConditions() {
        Topic<Shape> topic = participant.createTopic("DisabledReader", Shape.class);
        Subscriber sub = participant.createSubscriber(participant.getDefaultSubscriberQos().withPolicy(manualEnable()));
        DataReader<Shape> reader = sub.createDataReader(topic);

        assertThrows(NotEnabledException.class, reader::read);
        assertThrows(NotEnabledException.class, reader::take);
        assertThrows(NotEnabledException.class, () -> reader.take(new ArrayList<>()));
        assertThrows(NotEnabledException.class, () -> reader.select().maxSamples(1).read());
        assertThrows(NotEnabledException.class, reader::getMatchedPublications);
        assertThrows(NotEnabledException.class, () -> reader.waitForHistoricalData(10, TimeUnit.MILLISECONDS));

        reader.setQos(reader.getQos().withPolicy(policies.Reliability().withBestEffort()));
        assertEquals(Reliability.Kind.BEST_EFFORT, reader.getQos().getReliability().getKind());
        DataReaderListener<Shape> listener = new DataReaderAdapter<>() {
        };
        reader.setListener(listener);
        assertSame(listener, reader.getListener());
        assertNotNull(reader.getStatusCondition());
        assertNotNull(reader.getStatusChanges());

        sub.enable();
        reader.enable();
        assertDoesNotThrow(() -> countAndClose(reader.read()));
    }

    @Test
    void enablingAChildOfADisabledParentFailsWithPreconditionNotMet() {
        DomainParticipant manual = participantWithManualEnable();
        DomainParticipantFactoryQos original = factory.getQos();
        factory.setQos(original.withPolicy(manualEnable()));
        DomainParticipant disabledParticipant;
        try {
            disabledParticipant = newParticipant();
        } finally {
            factory.setQos(original);
        }
        Publisher orphanPublisher = disabledParticipant.createPublisher();
        assertThrows(PreconditionNotMetException.class, orphanPublisher::enable);
        Topic<Shape> orphanTopic = disabledParticipant.createTopic("Orphan", Shape.class);
        assertThrows(PreconditionNotMetException.class, orphanTopic::enable);

        Topic<Shape> topic = manual.createTopic("DisabledParent", Shape.class);
        Publisher pub = manual.createPublisher(manual.getDefaultPublisherQos().withPolicy(manualEnable()));
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        assertThrows(PreconditionNotMetException.class, writer::enable);
        Subscriber sub = manual.createSubscriber();
        DataReader<Shape> reader = sub.createDataReader(topic);
        assertThrows(PreconditionNotMetException.class, reader::enable);

        pub.enable();
        assertDoesNotThrow(writer::enable);
        sub.enable();
        assertDoesNotThrow(reader::enable);
        assertDoesNotThrow(reader::enable, "enabling twice has no effect");
    }

    @Test
    void enablingAParticipantWithAutoenableEnablesEverythingCreatedMeanwhile() throws Exception {
        DomainParticipantFactoryQos original = factory.getQos();
        factory.setQos(original.withPolicy(manualEnable()));
        DomainParticipant late;
        try {
            late = newParticipant();
        } finally {
            factory.setQos(original);
        }
        // The participant's own EntityFactory is the default (autoenable), so enable() cascades.
        Topic<Shape> topic = late.createTopic("Cascade", Shape.class);
        Publisher pub = late.createPublisher();
        Subscriber sub = late.createSubscriber();
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        DataReader<Shape> reader = sub.createDataReader(topic);
        assertThrows(NotEnabledException.class, () -> writer.write(Shape.of("RED", 1)));
        assertThrows(NotEnabledException.class, reader::read);

        late.enable();
        eventually(5, "writer and reader to match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        writer.write(Shape.of("BLUE", 7));
        eventually(5, "the sample to arrive", () -> countAndClose(reader.read()) == 1);
    }

    @Test
    void enablingAParentWhoseAutoenableWasSwitchedOnEnablesItsChildren() {
        DomainParticipant manual = participantWithManualEnable();
        Publisher pub = manual.createPublisher(manual.getDefaultPublisherQos().withPolicy(manualEnable()));
        Topic<Shape> topic = manual.createTopic("SwitchedOn", Shape.class);
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        assertThrows(PreconditionNotMetException.class, writer::enable);

        // EntityFactory may change at any time; it governs what enable() of the parent does.
        pub.setQos(pub.getQos().withPolicy(policies.EntityFactory().withAutoEnableCreatedEntities(true)));
        pub.enable();
        assertDoesNotThrow(() -> writer.write(Shape.of("RED", 1)));
    }

    @Test
    void closingAParticipantClosesEverythingItContains() throws Exception {
        DomainParticipant other = newParticipant();
        Topic<Shape> topic = other.createTopic("CloseAll", Shape.class);
        Publisher pub = other.createPublisher();
        Subscriber sub = other.createSubscriber();
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        DataReader<Shape> reader = sub.createDataReader(topic);
        ContentFilteredTopic<Shape> filtered = other.createContentFilteredTopic("CloseAllFiltered", topic,
                "x > 1");
        DataReader<Shape> filteredReader = sub.createDataReader(filtered);
        ReadCondition<Shape> condition = reader.createReadCondition(sub.createDataState().withAnySampleState()
                .withAnyViewState().withAnyInstanceState());

        other.close();

        assertClosed(other::createPublisher);
        assertClosed(() -> pub.createDataWriter(topic));
        assertClosed(() -> sub.createDataReader(topic));
        assertClosed(() -> writer.write(Shape.of("RED", 1)));
        assertClosed(reader::read);
        assertClosed(filteredReader::take);
        assertClosed(topic::getQos);
        assertClosed(() -> sub.createDataReader(filtered));
        assertDoesNotThrow(other::close, "closing twice has no effect");
        assertDoesNotThrow(writer::close);
        assertFalse(condition.getTriggerValue());
    }

    @Test
    void closingAPublisherClosesItsWritersAndUnmatchesThem() {
        Topic<Shape> topic = participant.createTopic("ClosePublisher", Shape.class);
        Publisher pub = participant.createPublisher();
        DataWriter<Shape> writer = pub.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        eventually(5, "match", () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 1);

        pub.close();

        assertClosed(() -> writer.write(Shape.of("RED", 1)));
        assertClosed(writer::getQos);
        assertClosed(() -> pub.createDataWriter(topic));
        eventually(5, "the reader to lose its writer", () -> reader.getSubscriptionMatchedStatus().getCurrentCount() == 0);
        assertNull(publisher.lookupDataWriter("ClosePublisher"));
        // The topic is free again: its only writer went with the publisher.
        reader.close();
        assertDoesNotThrow(topic::close);
    }

    @Test
    void closingASubscriberClosesItsReadersAndTheirConditions() {
        Topic<Shape> topic = participant.createTopic("CloseSubscriber", Shape.class);
        Subscriber sub = participant.createSubscriber();
        DataReader<Shape> reader = sub.createDataReader(topic);
        ReadCondition<Shape> condition = reader.createReadCondition(sub.createDataState().withAnySampleState()
                .withAnyViewState().withAnyInstanceState());
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);

        sub.close();

        assertClosed(reader::read);
        assertClosed(reader::getQos);
        assertClosed(() -> reader.createReadCondition(sub.createDataState()));
        eventually(5, "the writer to lose its reader", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 0);
        assertFalse(condition.getTriggerValue());
    }

    @Test
    void everyOperationOnAClosedWriterOrReaderThrowsAlreadyClosed() throws Exception {
        Topic<Shape> topic = participant.createTopic("ClosedOps", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        InstanceHandle instance = writer.registerInstance(Shape.of("RED", 0));
        writer.write(Shape.of("RED", 1));
        eventually(5, "the sample to arrive", () -> countAndClose(reader.read()) == 1);
        InstanceHandle readerInstance = reader.lookupInstance(Shape.of("RED", 0));
        writer.close();
        reader.close();

        List<Op> ops = List.of(
                op("writer.write", () -> writer.write(Shape.of("RED", 2))),
                op("writer.registerInstance", () -> writer.registerInstance(Shape.of("RED", 2))),
                op("writer.dispose", () -> writer.dispose(instance)),
                op("writer.unregisterInstance", () -> writer.unregisterInstance(instance)),
                op("writer.lookupInstance", () -> writer.lookupInstance(Shape.of("RED", 2))),
                op("writer.getKeyValue", () -> writer.getKeyValue(instance)),
                op("writer.getQos", writer::getQos),
                op("writer.setQos", () -> writer.setQos(publisher.getDefaultDataWriterQos())),
                op("writer.getListener", writer::getListener),
                op("writer.setListener", () -> writer.setListener(null)),
                op("writer.getStatusChanges", writer::getStatusChanges),
                op("writer.enable", writer::enable),
                op("writer.assertLiveliness", writer::assertLiveliness),
                op("writer.getPublicationMatchedStatus", writer::getPublicationMatchedStatus),
                op("writer.getOfferedDeadlineMissedStatus", writer::getOfferedDeadlineMissedStatus),
                op("writer.getLivelinessLostStatus", writer::getLivelinessLostStatus),
                op("writer.getMatchedSubscriptions", writer::getMatchedSubscriptions),
                op("writer.waitForAcknowledgments", () -> writer.waitForAcknowledgments(10, TimeUnit.MILLISECONDS)),
                op("reader.read", reader::read),
                op("reader.take", reader::take),
                op("reader.read(List)", () -> reader.read(new ArrayList<>())),
                op("reader.select().read", () -> reader.select().read()),
                op("reader.lookupInstance", () -> reader.lookupInstance(Shape.of("RED", 0))),
                op("reader.getKeyValue", () -> reader.getKeyValue(readerInstance)),
                op("reader.getQos", reader::getQos),
                op("reader.setQos", () -> reader.setQos(subscriber.getDefaultDataReaderQos())),
                op("reader.getListener", reader::getListener),
                op("reader.getStatusChanges", reader::getStatusChanges),
                op("reader.enable", reader::enable),
                op("reader.getSubscriptionMatchedStatus", reader::getSubscriptionMatchedStatus),
                op("reader.getSampleLostStatus", reader::getSampleLostStatus),
                op("reader.getMatchedPublications", reader::getMatchedPublications),
                op("reader.createReadCondition", () -> reader.createReadCondition(subscriber.createDataState())),
                op("reader.createQueryCondition", () -> reader.createQueryCondition("x > 1")),
                op("reader.waitForHistoricalData", () -> reader.waitForHistoricalData(10, TimeUnit.MILLISECONDS)));
        assertEquals(List.of(), notClosed(ops), "operations on a closed writer/reader");
    }

    @Test
    void everyOperationOnAClosedParticipantPublisherSubscriberOrTopicThrowsAlreadyClosed() {
        DomainParticipant other = newParticipant();
        Topic<Shape> topic = other.createTopic("ClosedContainers", Shape.class);
        Publisher pub = other.createPublisher();
        Subscriber sub = other.createSubscriber();
        other.close();

        List<Op> ops = List.of(
                op("participant.createPublisher", other::createPublisher),
                op("participant.createSubscriber", other::createSubscriber),
                op("participant.createTopic", () -> other.createTopic("Again", Shape.class)),
                op("participant.createContentFilteredTopic",
                        () -> other.createContentFilteredTopic("Filtered", topic, "x > 1")),
                op("participant.findTopic", () -> other.findTopic("ClosedContainers", 10, TimeUnit.MILLISECONDS)),
                op("participant.lookupTopicDescription", () -> other.lookupTopicDescription("ClosedContainers")),
                op("participant.getBuiltinSubscriber", other::getBuiltinSubscriber),
                op("participant.getQos", other::getQos),
                op("participant.getDefaultPublisherQos", other::getDefaultPublisherQos),
                op("participant.getDiscoveredParticipants", other::getDiscoveredParticipants),
                op("participant.closeContainedEntities", other::closeContainedEntities),
                op("participant.assertLiveliness", other::assertLiveliness),
                op("participant.containsEntity", () -> other.containsEntity(topic.getInstanceHandle())),
                op("publisher.createDataWriter", () -> pub.createDataWriter(topic)),
                op("publisher.lookupDataWriter", () -> pub.lookupDataWriter("ClosedContainers")),
                op("publisher.getQos", pub::getQos),
                op("publisher.getDefaultDataWriterQos", pub::getDefaultDataWriterQos),
                op("publisher.suspendPublications", pub::suspendPublications),
                op("subscriber.createDataReader", () -> sub.createDataReader(topic)),
                op("subscriber.lookupDataReader", () -> sub.lookupDataReader("ClosedContainers")),
                op("subscriber.getDataReaders", sub::getDataReaders),
                op("subscriber.getQos", sub::getQos),
                op("subscriber.beginAccess", sub::beginAccess),
                op("topic.getQos", topic::getQos),
                op("topic.getInconsistentTopicStatus", topic::getInconsistentTopicStatus),
                op("topic.setListener", () -> topic.setListener(null)));
        assertEquals(List.of(), notClosed(ops), "operations on a closed participant and its children");
    }

    @Test
    void closingATopicStillInUseFailsWithPreconditionNotMet() {
        Topic<Shape> topic = participant.createTopic("InUse", Shape.class);

        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        assertThrows(PreconditionNotMetException.class, topic::close);
        assertDoesNotThrow(topic::getQos, "the failed close leaves the topic open");
        writer.close();

        DataReader<Shape> reader = subscriber.createDataReader(topic);
        assertThrows(PreconditionNotMetException.class, topic::close);
        reader.close();

        ContentFilteredTopic<Shape> filtered = participant.createContentFilteredTopic("InUseFiltered", topic, "x > 1");
        assertThrows(PreconditionNotMetException.class, topic::close);
        DataReader<Shape> filteredReader = subscriber.createDataReader(filtered);
        assertThrows(PreconditionNotMetException.class, filtered::close,
                "a content-filtered topic in use by a reader cannot be closed either");
        filteredReader.close();
        filtered.close();

        topic.close();
        assertClosed(topic::getQos);
        assertNull(participant.lookupTopicDescription("InUse"));
    }

    @Test
    void closeContainedEntitiesEmptiesTheParticipantButKeepsItUsable() throws Exception {
        Topic<Shape> topic = participant.createTopic("Contained", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        ContentFilteredTopic<Shape> filtered = participant.createContentFilteredTopic("ContainedFiltered", topic,
                "x > 1");

        participant.closeContainedEntities();

        assertClosed(() -> writer.write(Shape.of("RED", 1)));
        assertClosed(reader::read);
        assertClosed(publisher::getQos);
        assertClosed(subscriber::getQos);
        assertClosed(topic::getQos);
        assertNull(participant.lookupTopicDescription("Contained"));
        assertNull(participant.lookupTopicDescription("ContainedFiltered"));
        assertFalse(participant.containsEntity(writer.getInstanceHandle()));
        assertNotNull(participant.getBuiltinSubscriber().lookupDataReader("DCPSParticipant"),
                "built-in entities are not the application's to close");

        // The participant itself stays open: the same names can be used again.
        Topic<Shape> again = participant.createTopic("Contained", Shape.class);
        DataWriter<Shape> newWriter = participant.createPublisher().createDataWriter(again);
        DataReader<Shape> newReader = participant.createSubscriber().createDataReader(again);
        newWriter.write(Shape.of("RED", 2));
        eventually(5, "the sample to arrive", () -> countAndClose(newReader.read()) == 1);
        assertClosed(() -> filtered.setExpressionParameters(List.of()));
    }

    @Test
    void closingAReaderWhoseSamplesAreOnLoanFailsUntilTheLoanIsReturned() throws Exception {
        Topic<Shape> topic = participant.createTopic("OnLoan", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        writer.write(Shape.of("RED", 1));
        eventually(5, "the sample to arrive", () -> countAndClose(reader.read()) == 1);

        Sample.Iterator<Shape> loan = reader.read();
        assertThrows(PreconditionNotMetException.class, reader::close);
        assertThrows(PreconditionNotMetException.class, subscriber::closeContainedEntities);
        assertDoesNotThrow(reader::getQos, "the reader stays open");
        assertEquals("RED", loan.next().getData().color, "the loan stays valid");
        loan.close();

        subscriber.closeContainedEntities();
        assertClosed(reader::getQos);
    }

    @Test
    void closeContainedEntitiesOfPublisherSubscriberAndReader() {
        Topic<Shape> topic = participant.createTopic("ContainedChildren", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        ReadCondition<Shape> condition = reader.createReadCondition(subscriber.createDataState().withAnySampleState()
                .withAnyViewState().withAnyInstanceState());

        reader.closeContainedEntities();
        assertDoesNotThrow(() -> countAndClose(reader.read()), "the reader stays open");
        assertFalse(condition.getTriggerValue());

        publisher.closeContainedEntities();
        assertClosed(writer::getQos);
        assertNull(publisher.lookupDataWriter(topic));
        assertDoesNotThrow(() -> publisher.createDataWriter(topic), "the publisher stays open");

        subscriber.closeContainedEntities();
        assertClosed(reader::getQos);
        assertTrue(subscriber.getDataReaders().isEmpty());
        assertDoesNotThrow(() -> subscriber.createDataReader(topic), "the subscriber stays open");
    }

    @Test
    void lookupDataWriterAndDataReaderFindTheEntitiesByTopicOrName() {
        Topic<Shape> topic = participant.createTopic("Lookup", Shape.class);
        Topic<Shape> otherTopic = participant.createTopic("LookupOther", Shape.class);
        ContentFilteredTopic<Shape> filtered = participant.createContentFilteredTopic("LookupFiltered", topic, "x > 1");
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DataReader<Shape> filteredReader = subscriber.createDataReader(filtered);

        assertSame(writer, publisher.lookupDataWriter("Lookup"));
        assertSame(writer, publisher.lookupDataWriter(topic));
        assertNull(publisher.lookupDataWriter("LookupOther"));
        assertNull(publisher.lookupDataWriter(otherTopic));
        assertNull(publisher.lookupDataWriter("NoSuchTopic"));

        assertSame(reader, subscriber.lookupDataReader("Lookup"));
        assertSame(reader, subscriber.lookupDataReader(topic));
        assertSame(filteredReader, subscriber.lookupDataReader("LookupFiltered"));
        assertSame(filteredReader, subscriber.lookupDataReader(filtered));
        assertNull(subscriber.lookupDataReader("LookupOther"));
        assertNull(participant.createSubscriber().lookupDataReader("Lookup"), "only this subscriber's readers");

        writer.close();
        reader.close();
        assertNull(publisher.lookupDataWriter("Lookup"));
        assertNull(subscriber.lookupDataReader(topic));
    }

    @Test
    void getParentLeadsFromEveryEntityBackToTheParticipant() {
        Topic<Shape> topic = participant.createTopic("Parents", Shape.class);
        ContentFilteredTopic<Shape> filtered = participant.createContentFilteredTopic("ParentsFiltered", topic, "x > 1");
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(filtered);
        ReadCondition<Shape> condition = reader.createReadCondition(subscriber.createDataState());

        assertSame(publisher, writer.getParent());
        assertSame(subscriber, reader.getParent());
        assertSame(participant, publisher.getParent());
        assertSame(participant, subscriber.getParent());
        assertSame(participant, topic.getParent());
        assertSame(participant, filtered.getParent());
        assertSame(topic, filtered.getRelatedTopic());
        assertSame(filtered, reader.getTopicDescription());
        assertSame(topic, writer.getTopic());
        assertSame(reader, condition.getParent());
        assertSame(writer, writer.getStatusCondition().getParent());
        assertSame(participant, participant.getStatusCondition().getParent());
        assertSame(participant, participant.getBuiltinSubscriber().getParent());
        assertSame(participant.getBuiltinSubscriber(),
                participant.getBuiltinSubscriber().lookupDataReader("DCPSPublication").getParent());
        assertSame(env, writer.getEnvironment());
        assertSame(env, participant.getEnvironment());
    }

    @Test
    void containsEntityIsTrueExactlyForWhatTheParticipantCreated() {
        Topic<Shape> topic = participant.createTopic("Contains", Shape.class);
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DomainParticipant other = newParticipant();
        Topic<Shape> otherTopic = other.createTopic("Contains", Shape.class);
        DataWriter<Shape> otherWriter = other.createPublisher().createDataWriter(otherTopic);

        for (InstanceHandle own : List.of(topic.getInstanceHandle(), publisher.getInstanceHandle(),
                subscriber.getInstanceHandle(), writer.getInstanceHandle(), reader.getInstanceHandle())) {
            assertTrue(participant.containsEntity(own), "own entity " + own);
        }
        assertFalse(participant.containsEntity(otherWriter.getInstanceHandle()));
        assertFalse(participant.containsEntity(otherTopic.getInstanceHandle()));
        assertFalse(participant.containsEntity(other.getInstanceHandle()));
        assertTrue(other.containsEntity(otherWriter.getInstanceHandle()));

        writer.close();
        assertFalse(participant.containsEntity(writer.getInstanceHandle()), "closed entities are not contained");
    }

    @Test
    void everyEntityHasItsOwnStableNonNilInstanceHandle() {
        Topic<Shape> topic = participant.createTopic("Handles", Shape.class);
        DataWriter<Shape> writer1 = publisher.createDataWriter(topic);
        DataWriter<Shape> writer2 = publisher.createDataWriter(topic);
        DataReader<Shape> reader = subscriber.createDataReader(topic);
        DomainParticipant other = newParticipant();
        Topic<Shape> otherTopic = other.createTopic("Handles", Shape.class);

        List<InstanceHandle> handles = List.of(participant.getInstanceHandle(), topic.getInstanceHandle(),
                publisher.getInstanceHandle(), subscriber.getInstanceHandle(), writer1.getInstanceHandle(),
                writer2.getInstanceHandle(), reader.getInstanceHandle(), other.getInstanceHandle(),
                otherTopic.getInstanceHandle(), participant.getBuiltinSubscriber().getInstanceHandle());
        Set<InstanceHandle> distinct = new HashSet<>(handles);
        assertEquals(handles.size(), distinct.size(), "handles must be unique: " + handles);
        assertTrue(handles.stream().noneMatch(InstanceHandle::isNil));
        assertEquals(writer1.getInstanceHandle(), writer1.getInstanceHandle(), "the handle is stable");
        assertEquals(writer1.getInstanceHandle().hashCode(), writer1.getInstanceHandle().hashCode());
        assertSame(topic, participant.createTopic("Handles", Shape.class));
        assertEquals(topic.getInstanceHandle(), participant.createTopic("Handles", Shape.class).getInstanceHandle(),
                "creating the same topic again gives the same entity");
    }

    @Test
    void lookupParticipantFindsAnOpenParticipantOfTheDomain() {
        DomainParticipant found = factory.lookupParticipant(domainId);
        assertNotNull(found);
        assertEquals(domainId, found.getDomainId());
        assertSame(participant, found, "the only participant of the domain in this factory");

        int emptyDomain = 231;
        assertNull(factory.lookupParticipant(emptyDomain));
        DomainParticipant created = factory.createParticipant(emptyDomain);
        try {
            assertSame(created, factory.lookupParticipant(emptyDomain));
        } finally {
            created.close();
        }
        assertNull(factory.lookupParticipant(emptyDomain), "closed participants are not found");
    }

    // ------------------------------------------------------------------ helpers

    private static int countAndClose(Sample.Iterator<Shape> samples) {
        int n = 0;
        try (samples) {
            while (samples.hasNext()) {
                samples.next();
                n++;
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return n;
    }

    private static void assertClosed(Executable operation) {
        assertThrows(AlreadyClosedException.class, operation);
    }

    /** An operation with the name a failure report gives it. */
    private record Op(String name, Executable run) {
    }

    private static Op op(String name, Executable run) {
        return new Op(name, run);
    }

    /** Runs every operation; returns those that did not throw AlreadyClosedException. */
    private static List<String> notClosed(List<Op> operations) {
        List<String> wrong = new ArrayList<>();
        for (Op operation : operations) {
            try {
                operation.run().execute();
                wrong.add(operation.name() + " succeeded");
            } catch (AlreadyClosedException expected) {
                // the contract
            } catch (Throwable other) {
                wrong.add(operation.name() + " threw " + other);
            }
        }
        return wrong;
    }
}
