package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Condition;
import org.omg.dds.core.Duration;
import org.omg.dds.core.GuardCondition;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.DataOnReadersStatus;
import org.omg.dds.core.status.OfferedDeadlineMissedStatus;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.SampleState;
import org.omg.dds.topic.Topic;

/**
 * WaitSet (DCPS 2.2.2.1.6): a thread blocks until an attached condition triggers or the timeout
 * passes; the wait returns exactly the triggered conditions; one waiter at a time; attach and
 * detach rules; closed conditions leave the wait sets they were attached to.
 */
class WaitSetTest extends DcpsFixture {
    private Topic<Shape> topic;
    private WaitSet waitSet;

    @BeforeEach
    void createTopicAndWaitSet() {
        topic = participant.createTopic("WaitedShapes", Shape.class);
        waitSet = WaitSet.newWaitSet(env);
    }

    private DataReader<Shape> reader() {
        return subscriber.createDataReader(topic);
    }

    private DataWriter<Shape> matchedWriter(DataReader<Shape> reader) {
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        eventually(5, "the writer to match", () -> reader.getMatchedPublications().size() == 1);
        return writer;
    }

    private ReadCondition<Shape> notReadAlive(DataReader<Shape> reader) {
        return reader.createReadCondition(subscriber.createDataState()
                .with(SampleState.NOT_READ).withAnyViewState().with(InstanceState.ALIVE));
    }

    /** Runs {@code action} on another thread after a short pause, while the test thread waits. */
    private static CompletableFuture<Void> later(ThrowingRunnable action) {
        return CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(100);
                action.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aWaitWakesWhenAReadConditionTriggers() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = matchedWriter(reader);
        ReadCondition<Shape> condition = notReadAlive(reader);
        waitSet.attachCondition(condition);
        assertFalse(condition.getTriggerValue());

        CompletableFuture<Void> writing = later(() -> writer.write(Shape.of("RED", 1)));
        List<Condition> active = new ArrayList<>();
        waitSet.waitForConditions(active, 5, TimeUnit.SECONDS);
        writing.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(condition), active);
        assertTrue(condition.getTriggerValue());
    }

    @Test
    void aWaitWithoutTriggerTimesOut() {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(guard);
        long start = System.nanoTime();
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(100, TimeUnit.MILLISECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(90), "returned before the timeout");
        assertThrows(TimeoutException.class,
                () -> waitSet.waitForConditions(new ArrayList<>(), Duration.newDuration(50, TimeUnit.MILLISECONDS, env)));
    }

    @Test
    void aWaitOnAnEmptyWaitSetTimesOut() {
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void theWaitReturnsExactlyTheTriggeredConditions() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = matchedWriter(reader);
        reader.getSubscriptionMatchedStatus(); // nothing changed left on the reader
        ReadCondition<Shape> data = notReadAlive(reader);
        GuardCondition raised = GuardCondition.newGuardCondition(env);
        GuardCondition quiet = GuardCondition.newGuardCondition(env);
        StatusCondition<DataReader<Shape>> status = reader.getStatusCondition();
        status.setEnabledStatuses(SubscriptionMatchedStatus.class);
        for (Condition c : List.of(data, raised, quiet, status)) {
            waitSet.attachCondition(c);
        }
        writer.write(Shape.of("RED", 1));
        raised.setTriggerValue(true);

        List<Condition> active = new ArrayList<>(List.of(quiet, quiet)); // stale content is replaced
        waitSet.waitForConditions(active, 5, TimeUnit.SECONDS);
        assertEquals(Set.of(data, raised), Set.copyOf(active));
        assertEquals(2, active.size());
    }

    @Test
    void aGuardConditionWakesAWaitingThread() throws Exception {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(guard);
        CompletableFuture<Void> raising = later(() -> guard.setTriggerValue(true));
        List<Condition> active = new ArrayList<>();
        waitSet.waitForConditions(active, Duration.newDuration(5, TimeUnit.SECONDS, env));
        raising.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(guard), active);

        guard.setTriggerValue(false);
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void aWaitReturnsAtOnceWhenAConditionIsAlreadyTriggered() throws Exception {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        guard.setTriggerValue(true);
        waitSet.attachCondition(guard);
        waitSet.waitForConditions(1, TimeUnit.SECONDS);
        waitSet.waitForConditions(1, TimeUnit.SECONDS); // still triggered: returns again
    }

    @Test
    void attachingATriggeredConditionWakesTheWaitingThread() throws Exception {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        guard.setTriggerValue(true);
        CompletableFuture<Void> attaching = later(() -> waitSet.attachCondition(guard));
        List<Condition> active = new ArrayList<>();
        waitSet.waitForConditions(active, 5, TimeUnit.SECONDS);
        attaching.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(guard), active);
    }

    @Test
    void aSecondConcurrentWaiterIsRefused() throws Exception {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(guard);
        AtomicReference<Throwable> firstFailed = new AtomicReference<>();
        Thread first = Thread.ofPlatform().start(() -> {
            try {
                waitSet.waitForConditions(10, TimeUnit.SECONDS);
            } catch (Throwable e) {
                firstFailed.set(e);
            }
        });
        eventually(5, "the first waiter to block", () -> first.getState() == Thread.State.TIMED_WAITING);
        // The second waiter is refused, not queued behind the first.
        assertThrows(PreconditionNotMetException.class, () -> waitSet.waitForConditions(10, TimeUnit.MILLISECONDS));
        guard.setTriggerValue(true);
        first.join(5000);
        assertFalse(first.isAlive());
        assertNull(firstFailed.get());
        waitSet.waitForConditions(1, TimeUnit.SECONDS); // the wait set is free again
    }

    @Test
    void aStatusConditionWakesOnAnEnabledStatus() throws Exception {
        DataReader<Shape> reader = reader();
        StatusCondition<DataReader<Shape>> condition = reader.getStatusCondition();
        condition.setEnabledStatuses(List.of(SubscriptionMatchedStatus.class));
        waitSet.attachCondition(condition);

        CompletableFuture<Void> creating = later(() -> publisher.createDataWriter(topic));
        List<Condition> active = new ArrayList<>();
        waitSet.waitForConditions(active, 5, TimeUnit.SECONDS);
        creating.get(5, TimeUnit.SECONDS);
        assertEquals(List.of(condition), active);
        assertTrue(reader.getStatusChanges().contains(SubscriptionMatchedStatus.class));

        assertEquals(1, reader.getSubscriptionMatchedStatus().getCurrentCount());
        assertFalse(condition.getTriggerValue(), "reading the status resets the condition");
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void aStatusConditionIgnoresStatusesThatAreNotEnabled() throws Exception {
        DataReader<Shape> reader = reader();
        StatusCondition<DataReader<Shape>> condition = reader.getStatusCondition();
        condition.setEnabledStatuses(DataAvailableStatus.class);
        waitSet.attachCondition(condition);
        DataWriter<Shape> writer = matchedWriter(reader);

        assertTrue(reader.getStatusChanges().contains(SubscriptionMatchedStatus.class));
        assertFalse(condition.getTriggerValue());
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(100, TimeUnit.MILLISECONDS));

        writer.write(Shape.of("RED", 1));
        waitSet.waitForConditions(5, TimeUnit.SECONDS);
        assertTrue(condition.getTriggerValue());
    }

    @Test
    void aQueryConditionWakesOnlyForMatchingSamples() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = matchedWriter(reader);
        QueryCondition<Shape> big = reader.createQueryCondition("x > %0", "10");
        waitSet.attachCondition(big);

        writer.write(Shape.of("RED", 5));
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(100, TimeUnit.MILLISECONDS));
        CompletableFuture<Void> writing = later(() -> writer.write(Shape.of("BLUE", 20)));
        waitSet.waitForConditions(5, TimeUnit.SECONDS);
        writing.get(5, TimeUnit.SECONDS);
        assertTrue(big.getTriggerValue());
    }

    @Test
    void attachingTwiceAttachesOnceAndDetachingAnUnattachedConditionFails() {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(guard);
        waitSet.attachCondition(guard);
        assertEquals(List.of(guard), List.copyOf(waitSet.getConditions()));

        waitSet.detachCondition(guard);
        assertTrue(waitSet.getConditions().isEmpty());
        assertThrows(PreconditionNotMetException.class, () -> waitSet.detachCondition(guard));
    }

    @Test
    void aDetachedConditionNoLongerWakesTheWaitSet() {
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(guard);
        waitSet.detachCondition(guard);
        guard.setTriggerValue(true);
        assertThrows(TimeoutException.class, () -> waitSet.waitForConditions(50, TimeUnit.MILLISECONDS));
    }

    @Test
    void aConditionMayBeAttachedToSeveralWaitSets() throws Exception {
        WaitSet other = WaitSet.newWaitSet(env);
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(guard);
        other.attachCondition(guard);
        guard.setTriggerValue(true);
        waitSet.waitForConditions(1, TimeUnit.SECONDS);
        other.waitForConditions(1, TimeUnit.SECONDS);
    }

    @Test
    void closingAReadConditionDetachesIt() {
        DataReader<Shape> reader = reader();
        ReadCondition<Shape> condition = notReadAlive(reader);
        GuardCondition guard = GuardCondition.newGuardCondition(env);
        waitSet.attachCondition(condition);
        waitSet.attachCondition(guard);

        condition.close();
        Collection<Condition> left = waitSet.getConditions();
        assertEquals(List.of(guard), List.copyOf(left));
    }

    @Test
    void closingAReaderDetachesItsConditions() {
        DataReader<Shape> reader = reader();
        ReadCondition<Shape> condition = notReadAlive(reader);
        waitSet.attachCondition(condition);
        waitSet.attachCondition(reader.getStatusCondition());

        reader.close();
        assertTrue(waitSet.getConditions().isEmpty(), "left attached: " + waitSet.getConditions());
    }

    @Test
    void aStatusConditionWakesOnATimeDrivenStatus() throws Exception {
        DataWriter<Shape> writer = publisher.createDataWriter(topic, publisher.getDefaultDataWriterQos()
                .withPolicy(policies.Deadline().withPeriod(100, TimeUnit.MILLISECONDS)));
        StatusCondition<DataWriter<Shape>> condition = writer.getStatusCondition();
        condition.setEnabledStatuses(OfferedDeadlineMissedStatus.class);
        waitSet.attachCondition(condition);
        writer.write(Shape.of("RED", 1));

        List<Condition> active = new ArrayList<>();
        waitSet.waitForConditions(active, 5, TimeUnit.SECONDS); // woken by the deadline timer
        assertEquals(List.of(condition), active);
        assertTrue(writer.getOfferedDeadlineMissedStatus().getTotalCount() >= 1);
    }

    @Test
    void theSubscribersStatusConditionWakesOnDataOnReaders() throws Exception {
        DataReader<Shape> reader = reader();
        DataWriter<Shape> writer = matchedWriter(reader);
        StatusCondition<?> condition = subscriber.getStatusCondition();
        condition.setEnabledStatuses(DataOnReadersStatus.class);
        waitSet.attachCondition(condition);
        assertFalse(condition.getTriggerValue());

        CompletableFuture<Void> writing = later(() -> writer.write(Shape.of("RED", 1)));
        waitSet.waitForConditions(5, TimeUnit.SECONDS);
        writing.get(5, TimeUnit.SECONDS);
        reader.take(new ArrayList<>());
        assertFalse(condition.getTriggerValue(), "taking the data resets DATA_ON_READERS");
    }
}
