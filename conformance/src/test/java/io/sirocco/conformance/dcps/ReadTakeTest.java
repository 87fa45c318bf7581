package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.core.policy.ResourceLimits;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.sub.ViewState;
import org.omg.dds.topic.Topic;

/**
 * Accessing received data (DCPS 2.2.2.5.3): read and take with their loaning and copying forms,
 * selectors by instance, state, content and count, the next-sample operations, loans, and the
 * sample information that comes with each value.
 */
class ReadTakeTest extends DataFixture {
    private Topic<Shape> topic;
    private DataWriter<Shape> writer;
    private DataReader<Shape> reader;

    @BeforeEach
    void createEndpoints() {
        topic = shapeTopic();
        writer = writer(topic);
        reader = reader(topic, policies.History().withKeepAll());
    }

    /** Writes the shapes ("red:1" ...) and waits until the last one is in the reader. */
    private void publish(String... shapes) throws Exception {
        for (String shape : shapes) {
            String[] parts = shape.split(":");
            writer.write(Shape.of(parts[0], Integer.parseInt(parts[1])));
        }
        String[] last = shapes[shapes.length - 1].split(":");
        awaitShape(reader, last[0], Integer.parseInt(last[1]));
    }

    private InstanceHandle handleOf(String color) {
        return reader.lookupInstance(Shape.of(color, 0));
    }

    private Subscriber.DataState state() {
        return subscriber.createDataState();
    }

    @Test
    void readLeavesSamplesInTheCacheWhileTakeRemovesThem() throws Exception {
        publish("red:1", "red:2", "blue:1");

        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(reader)));
        assertEquals(3, readAll(reader).size(), "read leaves the samples");
        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(takeAll(reader)));
        assertTrue(readAll(reader).isEmpty(), "take removed them");
        assertTrue(takeAll(reader).isEmpty());
    }

    @Test
    void readWithMaxSamplesReturnsAtMostThatManyAndMarksOnlyThoseRead() throws Exception {
        publish("red:1", "red:2", "red:3", "red:4", "red:5");

        List<Sample<Shape>> two = new ArrayList<>();
        try (Sample.Iterator<Shape> it = reader.read(2)) {
            it.forEachRemaining(s -> two.add(s.clone()));
        }
        assertEquals(List.of(1, 2), xs(two), "the oldest samples come first");

        List<Sample<Shape>> all = readAll(reader);
        assertEquals(List.of(1, 2, 3, 4, 5), xs(all));
        assertEquals(List.of(SampleState.READ, SampleState.READ, SampleState.NOT_READ, SampleState.NOT_READ,
                SampleState.NOT_READ), all.stream().map(Sample::getSampleState).toList());

        try (Sample.Iterator<Shape> it = reader.take(3)) {
            int n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            assertEquals(3, n);
        }
        assertEquals(List.of(4, 5), xs(readAll(reader)));
    }

    @Test
    void selectorInstanceRestrictsToOneInstance() throws Exception {
        publish("red:1", "blue:1", "red:2", "green:1");

        assertEquals(List.of("red:1", "red:2"), shapes(reader.select().instance(handleOf("red")).read(new ArrayList<>())));
        assertEquals(List.of("blue:1"), shapes(reader.select().instance(handleOf("blue")).take(new ArrayList<>())));
        assertEquals(List.of("red:1", "red:2", "green:1"), shapes(readAll(reader)), "only blue was taken");
        assertEquals(List.of("red:1", "red:2", "green:1"),
                shapes(reader.select().instance(nil()).read(new ArrayList<>())), "nil means any instance");
        assertThrows(IllegalArgumentException.class, () -> reader.select().instance(writer.getInstanceHandle()).read(),
                "a handle that is no instance of the reader");
    }

    @Test
    void selectorNextInstanceVisitsEveryInstanceOnceInHandleOrder() throws Exception {
        publish("green:1", "red:1", "blue:1", "red:2", "green:2", "yellow:1");

        List<InstanceHandle> visited = new ArrayList<>();
        List<List<String>> perInstance = new ArrayList<>();
        InstanceHandle previous = nil();
        while (true) {
            List<Sample<Shape>> samples = reader.select().instance(previous).nextInstance(true).take(new ArrayList<>());
            if (samples.isEmpty()) {
                break;
            }
            InstanceHandle current = samples.get(0).getInstanceHandle().immutableCopy();
            for (Sample<Shape> s : samples) {
                assertEquals(current, s.getInstanceHandle(), "one instance per call");
            }
            if (!visited.isEmpty()) {
                assertTrue(current.compareTo(previous) > 0, "handles increase: " + visited + " then " + current);
            }
            visited.add(current);
            perInstance.add(shapes(samples));
            previous = current;
            assertTrue(visited.size() <= 4, "no instance is visited twice: " + perInstance);
        }
        assertEquals(4, visited.size(), "every instance once: " + perInstance);
        Set<List<String>> expected = Set.of(List.of("green:1", "green:2"), List.of("red:1", "red:2"),
                List.of("blue:1"), List.of("yellow:1"));
        assertEquals(expected, new HashSet<>(perInstance));
        assertTrue(readAll(reader).isEmpty(), "every sample was taken");
    }

    @Test
    void selectorNextInstanceSkipsInstancesWithoutMatchingSamples() throws Exception {
        publish("red:1", "blue:1", "green:1");
        reader.select().instance(handleOf("blue")).read().close();

        Subscriber.DataState notRead = state().with(SampleState.NOT_READ);
        List<Sample<Shape>> next = reader.select().instance(handleOf("red")).nextInstance(true).dataState(notRead)
                .read(new ArrayList<>());
        assertEquals(List.of("green:1"), shapes(next), "blue was already read");
    }

    @Test
    void selectorNextInstanceContinuesFromTheHandleOfAnInstanceThatIsGone() throws Exception {
        DataWriter<Shape> leaving = writer(topic, policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false));
        leaving.write(Shape.of("red", 1));
        publish("blue:1");
        InstanceHandle red = handleOf("red");
        leaving.close();
        awaitMatching(reader, "color = 'blue'");
        eventually(5, "red without writers", () -> reader.select().instance(red)
                .dataState(state().with(InstanceState.NOT_ALIVE_NO_WRITERS)).read(new ArrayList<>()).size() > 0);
        reader.select().instance(red).take().close();
        assertTrue(handleOf("red").isNil(), "a taken instance without writers is forgotten");

        List<Sample<Shape>> next = reader.select().instance(red).nextInstance(true).read(new ArrayList<>());
        assertEquals(List.of("blue:1"), shapes(next), "iteration goes on from a stale handle");
    }

    @Test
    void lengthUnlimitedReadsAndTakesEverything() throws Exception {
        publish("red:1", "red:2", "blue:1");

        try (Sample.Iterator<Shape> it = reader.read(ResourceLimits.LENGTH_UNLIMITED)) {
            int n = 0;
            for (; it.hasNext(); it.next()) {
                n++;
            }
            assertEquals(3, n);
        }
        assertEquals(3, reader.select().maxSamples(ResourceLimits.LENGTH_UNLIMITED).read(new ArrayList<>()).size());
        try (Sample.Iterator<Shape> it = reader.take(ResourceLimits.LENGTH_UNLIMITED)) {
            assertTrue(it.hasNext());
        }
        assertTrue(readAll(reader).isEmpty());
    }

    @Test
    void dataStateMasksSelectBySampleViewAndInstanceState() throws Exception {
        publish("red:1");
        readAll(reader);
        publish("red:2", "blue:1", "green:1");
        writer.dispose(nil(), Shape.of("green", 0));
        awaitInstanceStateWithoutReading("green");

        Subscriber.DataState notRead = state().with(SampleState.NOT_READ).withAnyViewState().withAnyInstanceState();
        assertEquals(List.of("red:2", "blue:1", "green:1"), shapes(reader.select().dataState(notRead).read(new ArrayList<>())));

        Subscriber.DataState read = state().with(SampleState.READ);
        assertEquals(List.of("red:1", "red:2", "blue:1", "green:1"),
                shapes(reader.select().dataState(read).read(new ArrayList<>())), "all were just read");

        writer.write(Shape.of("yellow", 1));
        awaitShape(reader, "yellow", 1);
        Subscriber.DataState isNew = state().with(ViewState.NEW);
        assertEquals(List.of("yellow:1"), shapes(reader.select().dataState(isNew).read(new ArrayList<>())));
        Subscriber.DataState notNew = state().with(ViewState.NOT_NEW);
        assertEquals(List.of("red:1", "red:2", "blue:1", "green:1", "yellow:1"),
                shapes(reader.select().dataState(notNew).read(new ArrayList<>())), "yellow was seen just now");

        Subscriber.DataState disposed = state().with(InstanceState.NOT_ALIVE_DISPOSED);
        assertEquals(List.of("green:1"), shapes(reader.select().dataState(disposed).read(new ArrayList<>())));
        Subscriber.DataState alive = state().with(InstanceState.ALIVE);
        assertEquals(List.of("red:1", "red:2", "blue:1", "yellow:1"),
                shapes(reader.select().dataState(alive).read(new ArrayList<>())));
        Subscriber.DataState noWriters = state().with(InstanceState.NOT_ALIVE_NO_WRITERS);
        assertTrue(reader.select().dataState(noWriters).read(new ArrayList<>()).isEmpty());
    }

    private void awaitInstanceStateWithoutReading(String color) {
        var condition = reader.createReadCondition(state().with(InstanceState.NOT_ALIVE_DISPOSED));
        try {
            eventually(5, color + " disposed", condition::getTriggerValue);
        } finally {
            condition.close();
        }
    }

    @Test
    void selectorMaxSamplesLimitsOneReadOrTake() throws Exception {
        publish("red:1", "red:2", "blue:1", "blue:2");

        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(reader.select().maxSamples(3).take(new ArrayList<>())));
        assertEquals(List.of("blue:2"), shapes(reader.select().maxSamples(3).take(new ArrayList<>())));
    }

    @Test
    void selectorContentFiltersOnFieldValuesWithParameters() throws Exception {
        publish("red:1", "red:5", "blue:7", "blue:2", "green:9");

        assertEquals(List.of("red:5", "blue:7", "green:9"),
                shapes(reader.select().Content("x > %0", "4").read(new ArrayList<>())));
        assertEquals(List.of("blue:7"), shapes(reader.select().Content("x > %0", List.of("4"))
                .instance(handleOf("blue")).take(new ArrayList<>())));
        assertEquals(List.of("red:1", "red:5", "blue:2", "green:9"), shapes(readAll(reader)),
                "only the matching sample was taken");
        assertEquals(List.of("red:1", "red:5"),
                shapes(reader.select().Content("color = 'red'").read(new ArrayList<>())));
        assertEquals(List.of("blue:2"),
                shapes(reader.select().Content("color = %0", "'blue'").read(new ArrayList<>())), "blue:7 was taken");
        assertThrows(IllegalArgumentException.class, () -> reader.select().Content("no_such_field > 1"));
    }

    @Test
    void copyingReadAndTakeGiveSamplesThatOutliveLaterAccesses() throws Exception {
        publish("red:1", "blue:1");
        List<Sample<Shape>> first = reader.take(new ArrayList<>());
        assertEquals(List.of("red:1", "blue:1"), shapes(first));

        publish("red:2", "blue:2", "green:2");
        List<Sample<Shape>> second = new ArrayList<>(List.of(first.get(0).clone()));
        assertSame(second, reader.take(second), "the list passed in is returned");
        assertEquals(List.of("red:2", "blue:2", "green:2"), shapes(second), "previous contents are replaced");
        assertEquals(List.of("red:1", "blue:1"), shapes(first), "earlier copies keep their values");

        publish("red:5");
        Sample<Shape> kept;
        try (Sample.Iterator<Shape> loan = reader.read()) {
            kept = loan.next().clone();
        }
        takeAll(reader);
        publish("red:7", "red:8", "red:9");
        takeAll(reader);
        assertEquals("red", kept.getData().color);
        assertEquals(5, kept.getData().x, "a clone outlives its loan and the reuse of the loaned sample");

        publish("red:3");
        List<Sample<Shape>> third = reader.read(new ArrayList<>(), reader.select().instance(handleOf("red")));
        assertEquals(List.of("red:3"), shapes(third));
        reader.take(new ArrayList<>());
        assertEquals(List.of("red:3"), shapes(third), "a copy survives the take of its original");
        assertEquals(List.of("red:2", "blue:2", "green:2"), shapes(second));
    }

    @Test
    void readNextAndTakeNextSampleVisitUnreadSamplesOneAtATime() throws Exception {
        publish("red:0");
        Sample<Shape> holder;
        try (Sample.Iterator<Shape> it = reader.read()) {
            holder = it.next().clone();
        }
        publish("red:1", "blue:2");

        assertTrue(reader.readNextSample(holder));
        assertEquals(1, holder.getData().x, "red:0 was read already");
        assertEquals(SampleState.NOT_READ, holder.getSampleState());
        assertTrue(reader.readNextSample(holder));
        assertEquals("blue", holder.getData().color);
        assertEquals(ViewState.NEW, holder.getViewState());
        assertFalse(reader.readNextSample(holder), "nothing unread is left");
        assertEquals("blue", holder.getData().color, "the holder is left untouched");
        assertFalse(reader.takeNextSample(holder));
        assertEquals(3, readAll(reader).size(), "readNextSample keeps the samples");

        publish("green:3");
        assertTrue(reader.takeNextSample(holder));
        assertEquals("green", holder.getData().color);
        assertEquals(List.of(0, 1, 2), xs(readAll(reader)), "takeNextSample removed the sample it returned");
    }

    @Test
    void closingALoanReturnsItAndTheClosedLoanCannotBeUsed() throws Exception {
        publish("red:1", "red:2");

        Sample.Iterator<Shape> loan = reader.read();
        assertThrows(PreconditionNotMetException.class, reader::close, "a reader cannot close while it has a loan");
        loan.close();
        assertFalse(loan.hasNext(), "a closed loan has nothing more to give");
        assertThrows(RuntimeException.class, loan::next, "a closed loan cannot be used");
        assertEquals(List.of(1, 2), xs(readAll(reader)), "reading leaves the samples after the loan is closed");

        Sample.Iterator<Shape> taken = reader.take();
        assertEquals(1, taken.next().getData().x);
        taken.close();
        assertTrue(readAll(reader).isEmpty());
        reader.close();
    }

    @Test
    void anEmptyLoanMustBeClosedToo() throws Exception {
        Sample.Iterator<Shape> empty = reader.take();
        assertFalse(empty.hasNext());
        assertThrows(PreconditionNotMetException.class, reader::close);
        empty.close();
        reader.close();
    }

    @Test
    void aLoanIsAReadOnlyListIterator() throws Exception {
        publish("red:1", "red:2", "red:3");

        try (Sample.Iterator<Shape> it = reader.read()) {
            assertFalse(it.hasPrevious());
            assertEquals(0, it.nextIndex());
            assertEquals(-1, it.previousIndex());
            Sample<Shape> one = it.next();
            Sample<Shape> two = it.next();
            assertEquals(1, one.getData().x);
            assertEquals(2, two.getData().x);
            assertEquals(2, it.nextIndex());
            assertEquals(1, it.previousIndex());
            assertTrue(it.hasPrevious());
            assertSame(two, it.previous(), "previous returns the element next just returned");
            assertSame(two, it.next());
            assertEquals(3, it.next().getData().x);
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
            assertThrows(UnsupportedOperationException.class, it::remove);
            assertThrows(UnsupportedOperationException.class, () -> it.set(one));
            assertThrows(UnsupportedOperationException.class, () -> it.add(one));
        }
    }

    @Test
    void sampleInfoCarriesTheSourceTimestampAndTheInstanceAndWriterHandles() throws Exception {
        writer.write(Shape.of("red", 1), time(1_700_000_000_123L));
        writer.write(Shape.of("red", 2), 1_700_000_001_456L, TimeUnit.MILLISECONDS);
        awaitShape(reader, "red", 2);

        List<Sample<Shape>> samples = takeAll(reader);
        assertEquals(2, samples.size());
        assertEquals(1_700_000_000_123L, samples.get(0).getSourceTimestamp().getTime(TimeUnit.MILLISECONDS));
        assertEquals(1_700_000_001_456L, samples.get(1).getSourceTimestamp().getTime(TimeUnit.MILLISECONDS));
        for (Sample<Shape> s : samples) {
            assertEquals(reader.lookupInstance(Shape.of("red", 0)), s.getInstanceHandle());
            assertEquals(writer.getInstanceHandle(), s.getPublicationHandle(), "the writer's own handle");
        }
        assertTrue(reader.getMatchedPublications().contains(samples.get(0).getPublicationHandle().immutableCopy()));
        assertNotSame(samples.get(0).getData(), samples.get(1).getData());
    }

    @Test
    void samplesFromTwoWritersNameTheirOwnPublication() throws Exception {
        DataWriter<Shape> other = writer(topic);
        writer.write(Shape.of("red", 1));
        other.write(Shape.of("red", 2));
        awaitShape(reader, "red", 2);

        List<Sample<Shape>> samples = takeAll(reader);
        assertEquals(List.of(1, 2), xs(samples));
        assertEquals(writer.getInstanceHandle(), samples.get(0).getPublicationHandle());
        assertEquals(other.getInstanceHandle(), samples.get(1).getPublicationHandle());
        assertEquals(samples.get(0).getInstanceHandle(), samples.get(1).getInstanceHandle(), "same instance");
    }
}
