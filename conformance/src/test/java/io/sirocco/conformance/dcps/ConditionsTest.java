package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.GuardCondition;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.LivelinessChangedStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.Status;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.ViewState;
import org.omg.dds.topic.Topic;

/**
 * Conditions (DCPS 2.2.2.1.7-9, 2.2.2.5.8-9): the trigger values of read, query, guard and status
 * conditions, and the changed-status set of an entity.
 */
class ConditionsTest extends DcpsFixture {
    private Topic<Shape> topic;
    private DataReader<Shape> reader;
    private DataWriter<Shape> writer;

    @BeforeEach
    void createEndpoints() {
        topic = participant.createTopic("ConditionShapes", Shape.class);
        reader = subscriber.createDataReader(topic, readerQos(policies.History().withKeepAll()));
        writer = publisher.createDataWriter(topic);
        eventually(5, "the writer to match", () -> reader.getMatchedPublications().size() == 1);
    }

    private ReadCondition<Shape> condition(SampleState sample, ViewState view, InstanceState instance) {
        return reader.createReadCondition(subscriber.createDataState().with(sample).with(view).with(instance));
    }

    @Test
    void aReadConditionTriggersOnlyForSamplesInItsStates() throws Exception {
        ReadCondition<Shape> notRead = reader.createReadCondition(subscriber.createDataState()
                .with(SampleState.NOT_READ).withAnyViewState().withAnyInstanceState());
        ReadCondition<Shape> read = reader.createReadCondition(subscriber.createDataState()
                .with(SampleState.READ).withAnyViewState().withAnyInstanceState());
        assertFalse(notRead.getTriggerValue());
        assertFalse(read.getTriggerValue());

        writer.write(Shape.of("RED", 1));
        assertTrue(notRead.getTriggerValue());
        assertFalse(read.getTriggerValue());

        reader.read(new ArrayList<>());
        assertFalse(notRead.getTriggerValue(), "every sample has been read");
        assertTrue(read.getTriggerValue());

        reader.take(new ArrayList<>());
        assertFalse(read.getTriggerValue(), "nothing left");
        assertEquals(Set.of(SampleState.NOT_READ), notRead.getSampleStates());
        assertSame(reader, notRead.getParent());
    }

    @Test
    void aReadConditionFollowsViewAndInstanceStates() throws Exception {
        ReadCondition<Shape> fresh = condition(SampleState.NOT_READ, ViewState.NEW, InstanceState.ALIVE);
        ReadCondition<Shape> seenAgain = condition(SampleState.NOT_READ, ViewState.NOT_NEW, InstanceState.ALIVE);
        ReadCondition<Shape> disposed = reader.createReadCondition(subscriber.createDataState()
                .withAnySampleState().withAnyViewState().with(InstanceState.NOT_ALIVE_DISPOSED));

        writer.write(Shape.of("RED", 1));
        assertTrue(fresh.getTriggerValue());
        assertFalse(seenAgain.getTriggerValue());
        reader.take(new ArrayList<>());
        writer.write(Shape.of("RED", 2));
        assertFalse(fresh.getTriggerValue(), "RED was seen before");
        assertTrue(seenAgain.getTriggerValue());
        assertFalse(disposed.getTriggerValue());

        writer.dispose(writer.lookupInstance(Shape.of("RED", 0)));
        assertTrue(disposed.getTriggerValue());
    }

    @Test
    void aQueryConditionTriggersForSamplesMatchingItsQuery() throws Exception {
        QueryCondition<Shape> query = reader.createQueryCondition(
                subscriber.createDataState().with(SampleState.NOT_READ), "x > %0 AND color = %1", "10", "'RED'");
        assertEquals("x > %0 AND color = %1", query.getQueryExpression());
        assertEquals(List.of("10", "'RED'"), query.getQueryParameters());

        writer.write(Shape.of("RED", 5));
        writer.write(Shape.of("BLUE", 50));
        assertFalse(query.getTriggerValue());
        writer.write(Shape.of("RED", 11));
        assertTrue(query.getTriggerValue());
    }

    @Test
    void settingQueryParametersChangesWhatTriggersTheCondition() throws Exception {
        QueryCondition<Shape> query = reader.createQueryCondition("x > %0", List.of("10"));
        writer.write(Shape.of("RED", 5));
        assertFalse(query.getTriggerValue());

        query.setQueryParameters("1");
        assertEquals(List.of("1"), query.getQueryParameters());
        assertTrue(query.getTriggerValue(), "x = 5 now matches");

        query.setQueryParameters(List.of("100"));
        assertFalse(query.getTriggerValue());
    }

    @Test
    void anInvalidQueryExpressionIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> reader.createQueryCondition("x >> 3"));
        assertThrows(IllegalArgumentException.class, () -> reader.createQueryCondition("nosuchfield = 3"));
    }

    @Test
    void aClosedReadConditionNeverTriggers() throws Exception {
        ReadCondition<Shape> condition = condition(SampleState.NOT_READ, ViewState.NEW, InstanceState.ALIVE);
        writer.write(Shape.of("RED", 1));
        assertTrue(condition.getTriggerValue());
        condition.close();
        assertFalse(condition.getTriggerValue());
        condition.close(); // closing twice is harmless
    }

    @Test
    void closeContainedEntitiesOfTheReaderClosesItsConditions() throws Exception {
        ReadCondition<Shape> condition = condition(SampleState.NOT_READ, ViewState.NEW, InstanceState.ALIVE);
        writer.write(Shape.of("RED", 1));
        reader.closeContainedEntities();
        assertFalse(condition.getTriggerValue());
        assertEquals(1, reader.read(new ArrayList<>()).size(), "the reader itself stays usable");
    }

    @Test
    void aGuardConditionTriggersExactlyAsTheApplicationSays() {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        assertFalse(guard.getTriggerValue());
        guard.setTriggerValue(true);
        assertTrue(guard.getTriggerValue());
        guard.setTriggerValue(false);
        assertFalse(guard.getTriggerValue());
    }

    @Test
    void aStatusConditionEnablesEveryStatusInitiallyAndBelongsToItsEntity() {
        StatusCondition<DataReader<Shape>> condition = reader.getStatusCondition();
        assertSame(reader, condition.getParent());
        assertSame(condition, reader.getStatusCondition(), "one status condition per entity");
        assertTrue(condition.getEnabledStatuses().containsAll(
                Set.of(DataAvailableStatus.class, SubscriptionMatchedStatus.class, LivelinessChangedStatus.class)));
        assertEquals(Status.allStatuses(env), Set.copyOf(condition.getEnabledStatuses()));
    }

    @Test
    void aStatusConditionTriggersWhileAnEnabledStatusIsChanged() {
        StatusCondition<DataReader<Shape>> condition = reader.getStatusCondition();
        condition.setEnabledStatuses(List.of(SubscriptionMatchedStatus.class));
        assertEquals(Set.of(SubscriptionMatchedStatus.class), condition.getEnabledStatuses());
        assertTrue(condition.getTriggerValue(), "the match is not read yet");

        reader.getSubscriptionMatchedStatus();
        assertFalse(condition.getTriggerValue());

        writer.close();
        assertTrue(condition.getTriggerValue(), "the writer went away");
        condition.setEnabledStatuses(DataAvailableStatus.class);
        assertFalse(condition.getTriggerValue(), "the new selection is applied at once");
    }

    @Test
    void aWritersStatusConditionTriggersOnPublicationMatched() {
        StatusCondition<DataWriter<Shape>> condition = writer.getStatusCondition();
        condition.setEnabledStatuses(PublicationMatchedStatus.class);
        assertTrue(condition.getTriggerValue());
        writer.getPublicationMatchedStatus();
        assertFalse(condition.getTriggerValue());
        subscriber.createDataReader(topic);
        assertTrue(condition.getTriggerValue(), "a second reader matched");
    }

    @Test
    void getStatusChangesListsTheStatusesChangedSinceTheyWereRead() throws Exception {
        Set<Class<? extends Status>> changes = reader.getStatusChanges();
        assertTrue(changes.contains(SubscriptionMatchedStatus.class));
        assertTrue(changes.contains(LivelinessChangedStatus.class));
        assertFalse(changes.contains(DataAvailableStatus.class));

        writer.write(Shape.of("RED", 1));
        assertTrue(reader.getStatusChanges().contains(DataAvailableStatus.class));

        reader.getSubscriptionMatchedStatus();
        reader.getLivelinessChangedStatus();
        reader.take(new ArrayList<>());
        assertEquals(Set.of(), reader.getStatusChanges());
        assertTrue(writer.getStatusChanges().contains(PublicationMatchedStatus.class));
    }

    @Test
    void aQueryWithoutAValueForAUsedParameterIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> reader.createQueryCondition("x > %1", "5"));
        QueryCondition<Shape> query = reader.createQueryCondition("x > %0", "5");
        assertThrows(IllegalArgumentException.class, () -> query.setQueryParameters(List.of()));
        assertEquals(List.of("5"), query.getQueryParameters(), "a refused change keeps the old parameters");
    }
}
