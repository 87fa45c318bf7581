package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ModifiableInstanceHandle;
import org.omg.dds.core.PreconditionNotMetException;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.SampleState;
import org.omg.dds.sub.ViewState;
import org.omg.dds.topic.Topic;

/**
 * Instances as a reader sees them (DCPS 2.2.2.5.1 and 2.2.2.4.2): sample, view and instance
 * states, the invalid samples that report state changes, generation counts and ranks, and the
 * handle-based instance operations of writers and readers.
 */
class InstanceLifecycleTest extends DataFixture {

    private DataWriter<Shape> noAutodispose(Topic<Shape> topic) {
        return writer(topic, policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false));
    }

    @Test
    void samplesGoFromNotReadToReadAndInstancesFromNewToNotNew() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());

        writer.write(Shape.of("red", 1));
        awaitShape(reader, "red", 1);
        List<Sample<Shape>> first = readAll(reader);
        assertEquals(1, first.size());
        Sample<Shape> s = first.get(0);
        assertAll(() -> assertEquals(SampleState.NOT_READ, s.getSampleState()),
                () -> assertEquals(ViewState.NEW, s.getViewState()),
                () -> assertEquals(InstanceState.ALIVE, s.getInstanceState()),
                () -> assertEquals(0, s.getDisposedGenerationCount()),
                () -> assertEquals(0, s.getNoWritersGenerationCount()));

        Sample<Shape> again = readAll(reader).get(0);
        assertEquals(SampleState.READ, again.getSampleState(), "a sample already read is READ");
        assertEquals(ViewState.NOT_NEW, again.getViewState(), "an instance already seen is NOT_NEW");

        writer.write(Shape.of("red", 2));
        writer.write(Shape.of("blue", 1));
        awaitShape(reader, "blue", 1);
        List<Sample<Shape>> all = readAll(reader);
        InstanceHandle red = reader.lookupInstance(Shape.of("red", 0));
        InstanceHandle blue = reader.lookupInstance(Shape.of("blue", 0));
        List<Sample<Shape>> reds = ofInstance(all, red);
        assertEquals(List.of(1, 2), xs(reds));
        assertEquals(SampleState.READ, reds.get(0).getSampleState());
        assertEquals(SampleState.NOT_READ, reds.get(1).getSampleState());
        assertEquals(ViewState.NOT_NEW, reds.get(1).getViewState(), "a new sample does not make a seen instance new");
        Sample<Shape> firstBlue = ofInstance(all, blue).get(0);
        assertEquals(ViewState.NEW, firstBlue.getViewState());
        assertEquals(SampleState.NOT_READ, firstBlue.getSampleState());
    }

    @Test
    void disposeMakesTheInstanceNotAliveDisposedWithAnInvalidSample() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        takeAtLeast(reader, 1);
        writer.dispose(nil(), Shape.of("red", 99));

        List<Sample<Shape>> taken = takeAtLeast(reader, 1);
        assertEquals(1, taken.size(), "only the dispose is reported: " + taken);
        Sample<Shape> dispose = taken.get(0);
        assertNull(dispose.getData(), "a dispose arrives as an invalid sample");
        assertEquals(InstanceState.NOT_ALIVE_DISPOSED, dispose.getInstanceState());
        assertEquals(SampleState.NOT_READ, dispose.getSampleState());
        assertEquals(reader.lookupInstance(Shape.of("red", 0)), dispose.getInstanceHandle(),
                "the invalid sample identifies the disposed instance");
        assertEquals("red", reader.getKeyValue(dispose.getInstanceHandle()).color);
    }

    @Test
    void theDisposeSampleCarriesTheDisposeTimestampAndTheDisposingWriter() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataWriter<Shape> disposer = writer(topic);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1), time(1_650_000_000_000L));
        takeAtLeast(reader, 1);
        disposer.registerInstance(Shape.of("red", 0));
        disposer.dispose(nil(), Shape.of("red", 0), time(1_650_000_005_000L));

        Sample<Shape> dispose = onlyInvalid(takeAtLeast(reader, 1));
        assertEquals(1_650_000_005_000L, dispose.getSourceTimestamp().getTime(TimeUnit.MILLISECONDS));
        assertEquals(disposer.getInstanceHandle(), dispose.getPublicationHandle());
    }

    @Test
    void keepLastOneHoldsOnlyTheNewValueAfterTheInstanceIsReborn() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepLast(1));

        writer.write(Shape.of("red", 1));
        awaitShape(reader, "red", 1);
        readAll(reader);
        writer.dispose(nil(), Shape.of("red", 0));
        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_DISPOSED);
        writer.write(Shape.of("red", 2));
        awaitShape(reader, "red", 2);

        List<Sample<Shape>> kept = readAll(reader);
        assertEquals(1, kept.size(), "KEEP_LAST 1 keeps one sample of the instance: " + kept);
        assertEquals(List.of(2), xs(kept));
        assertEquals(InstanceState.ALIVE, kept.get(0).getInstanceState());
    }

    @Test
    void disposeMarksUnreadSamplesOfTheInstanceNotAliveDisposed() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        writer.dispose(nil(), Shape.of("red", 0));

        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_DISPOSED);
        List<Sample<Shape>> all = readAll(reader);
        InstanceHandle red = reader.lookupInstance(Shape.of("red", 0));
        InstanceHandle blue = reader.lookupInstance(Shape.of("blue", 0));
        assertEquals(List.of(1), xs(ofInstance(all, red)), "the written value stays readable");
        for (Sample<Shape> s : ofInstance(all, red)) {
            assertEquals(InstanceState.NOT_ALIVE_DISPOSED, s.getInstanceState(), "instance state of " + s);
        }
        for (Sample<Shape> s : ofInstance(all, blue)) {
            assertEquals(InstanceState.ALIVE, s.getInstanceState(), "other instances are not affected");
        }
    }

    @Test
    void writeAfterDisposeMakesTheInstanceAliveAgainAsANewGeneration() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        takeAtLeast(reader, 1);
        writer.dispose(nil(), Shape.of("red", 0));
        takeAtLeast(reader, 1);
        writer.write(Shape.of("red", 2));

        List<Sample<Shape>> reborn = takeAtLeast(reader, 1);
        assertEquals(List.of(2), xs(reborn));
        Sample<Shape> s = reborn.get(0);
        assertAll(() -> assertEquals(InstanceState.ALIVE, s.getInstanceState()),
                () -> assertEquals(ViewState.NEW, s.getViewState(), "a reborn instance is NEW again"),
                () -> assertEquals(1, s.getDisposedGenerationCount()),
                () -> assertEquals(0, s.getNoWritersGenerationCount()));
    }

    @Test
    void unregisterWithoutAutodisposeMakesTheInstanceNotAliveNoWriters() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = noAutodispose(topic);
        DataReader<Shape> reader = reader(topic);

        InstanceHandle handle = writer.registerInstance(Shape.of("red", 0));
        writer.write(Shape.of("red", 1), handle);
        takeAtLeast(reader, 1);
        writer.unregisterInstance(handle);

        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_NO_WRITERS);
        // Read, not taken: an instance with no samples and no writers may be forgotten by the reader.
        Sample<Shape> gone = onlyInvalid(readAll(reader));
        assertEquals(InstanceState.NOT_ALIVE_NO_WRITERS, gone.getInstanceState());

        writer.write(Shape.of("red", 2));
        awaitShape(reader, "red", 2);
        List<Sample<Shape>> after = takeAll(reader);
        assertEquals(List.of(2), xs(after));
        Sample<Shape> back = after.get(after.size() - 1);
        assertEquals(InstanceState.ALIVE, back.getInstanceState());
        assertEquals(1, back.getNoWritersGenerationCount(), "writing again starts a new no-writers generation");
        assertEquals(0, back.getDisposedGenerationCount());
    }

    @Test
    void anInstanceStaysAliveWhileAnotherWriterStillHasItRegistered() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> first = noAutodispose(topic);
        DataWriter<Shape> second = noAutodispose(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());

        first.write(Shape.of("red", 1));
        second.write(Shape.of("red", 2));
        takeAtLeast(reader, 2);
        first.unregisterInstance(nil(), Shape.of("red", 0));
        second.write(Shape.of("red", 3));
        List<Sample<Shape>> after = takeAtLeast(reader, 1);
        for (Sample<Shape> s : after) {
            assertEquals(InstanceState.ALIVE, s.getInstanceState(), "one writer left: " + s);
        }

        second.unregisterInstance(nil(), Shape.of("red", 0));
        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_NO_WRITERS);
    }

    @Test
    void closingTheWriterDisposesItsInstancesByDefault() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        takeAtLeast(reader, 2);
        writer.close();

        List<Sample<Shape>> gone = takeAtLeast(reader, 2);
        assertEquals(2, gone.size(), "one invalid sample per instance: " + gone);
        for (Sample<Shape> s : gone) {
            assertNull(s.getData());
            assertEquals(InstanceState.NOT_ALIVE_DISPOSED, s.getInstanceState());
        }
        assertNotEquals(gone.get(0).getInstanceHandle(), gone.get(1).getInstanceHandle());
    }

    @Test
    void closingAWriterWithoutAutodisposeLeavesItsInstancesWithNoWriters() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = noAutodispose(topic);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        takeAtLeast(reader, 2);
        writer.close();

        List<Sample<Shape>> gone = takeAtLeast(reader, 2);
        assertEquals(2, gone.size(), "one invalid sample per instance: " + gone);
        for (Sample<Shape> s : gone) {
            assertNull(s.getData());
            assertEquals(InstanceState.NOT_ALIVE_NO_WRITERS, s.getInstanceState());
        }
    }

    /**
     * red: 1 (generation 0/0), dispose, 2 (1/0), unregister, 3 (1/1). Three samples of one
     * instance in three generations, all unread, so no invalid samples are needed.
     */
    private DataReader<Shape> readerWithThreeGenerations() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = noAutodispose(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());
        writer.write(Shape.of("red", 1));
        writer.dispose(nil(), Shape.of("red", 0));
        writer.write(Shape.of("red", 2));
        writer.unregisterInstance(nil(), Shape.of("red", 0));
        writer.write(Shape.of("red", 3));
        eventually(5, "all three values", () -> xs(readAll(reader)).contains(3));
        return reader;
    }

    @Test
    void oneTakeReportsSampleGenerationAndAbsoluteGenerationRanks() throws Exception {
        DataReader<Shape> reader = readerWithThreeGenerations();

        List<Sample<Shape>> taken = takeAll(reader);
        assertEquals(List.of(1, 2, 3), xs(taken));
        List<Sample<Shape>> valid = taken.stream().filter(s -> s.getData() != null).toList();
        int[][] expected = {
            // disposed generation, no-writers generation, sample rank, generation rank, absolute
            {0, 0, 2, 2, 2},
            {1, 0, 1, 1, 1},
            {1, 1, 0, 0, 0},
        };
        for (int i = 0; i < 3; i++) {
            Sample<Shape> s = valid.get(i);
            int[] e = expected[i];
            assertAll("sample " + s.getData().x,
                    () -> assertEquals(e[0], s.getDisposedGenerationCount(), "disposed_generation_count"),
                    () -> assertEquals(e[1], s.getNoWritersGenerationCount(), "no_writers_generation_count"),
                    () -> assertEquals(e[2], s.getSampleRank(), "sample_rank"),
                    () -> assertEquals(e[3], s.getGenerationRank(), "generation_rank"),
                    () -> assertEquals(e[4], s.getAbsoluteGenerationRank(), "absolute_generation_rank"));
        }
    }

    @Test
    void ranksAreRelativeToTheReturnedCollectionButAbsoluteRankToTheWholeCache() throws Exception {
        DataReader<Shape> reader = readerWithThreeGenerations();

        List<Sample<Shape>> firstTwo = reader.select().maxSamples(2).read(new ArrayList<>());
        assertEquals(List.of(1, 2), xs(firstTwo));
        Sample<Shape> one = firstTwo.get(0);
        Sample<Shape> two = firstTwo.get(1);
        assertAll(() -> assertEquals(1, one.getSampleRank(), "one more sample of red follows in the collection"),
                () -> assertEquals(0, two.getSampleRank()),
                () -> assertEquals(1, one.getGenerationRank(), "one generation up to the collection's newest"),
                () -> assertEquals(0, two.getGenerationRank()),
                () -> assertEquals(2, one.getAbsoluteGenerationRank(), "two generations up to the newest received"),
                () -> assertEquals(1, two.getAbsoluteGenerationRank()));
    }

    @Test
    void writerLookupInstanceAndGetKeyValueAgreeWithRegisterInstance() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);

        assertTrue(writer.lookupInstance(Shape.of("red", 0)).isNil(), "unknown before registration");
        InstanceHandle red = writer.registerInstance(Shape.of("red", 5));
        assertFalse(red.isNil());
        assertEquals(red, writer.lookupInstance(new Shape("red", 7, 8, 9)), "only the key matters");
        ModifiableInstanceHandle target = InstanceHandle.newInstanceHandle(env);
        assertSame(target, writer.lookupInstance(target, Shape.of("red", 0)));
        assertEquals(red, target);
        assertEquals(red, writer.registerInstance(Shape.of("red", 6)), "registering again gives the same handle");

        Shape holder = new Shape("", 42, 43, 44);
        assertSame(holder, writer.getKeyValue(holder, red));
        assertEquals("red", holder.color);
        assertEquals(42, holder.x, "fields outside the key are left alone");
        assertEquals("red", writer.getKeyValue(red).color);
        assertThrows(IllegalArgumentException.class, () -> writer.getKeyValue(writer.getInstanceHandle()),
                "a handle that is no instance of the writer");
    }

    @Test
    void readerLookupInstanceAndGetKeyValueIdentifyReceivedInstances() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic);

        assertTrue(reader.lookupInstance(Shape.of("red", 0)).isNil(), "unknown before any sample");
        writer.write(Shape.of("red", 1));
        Sample<Shape> s = takeAtLeast(reader, 1).get(0);

        InstanceHandle red = reader.lookupInstance(Shape.of("red", 0));
        assertFalse(red.isNil());
        assertEquals(s.getInstanceHandle(), red);
        ModifiableInstanceHandle target = InstanceHandle.newInstanceHandle(env);
        reader.lookupInstance(target, Shape.of("red", 3));
        assertEquals(red, target);
        assertTrue(reader.lookupInstance(Shape.of("green", 0)).isNil());

        Shape holder = new Shape("", 42, 0, 0);
        assertSame(holder, reader.getKeyValue(holder, red));
        assertEquals("red", holder.color);
        assertEquals(42, holder.x, "fields outside the key are left alone");
        assertThrows(IllegalArgumentException.class, () -> reader.getKeyValue(reader.getInstanceHandle()));
    }

    @Test
    void handlesAndNilHandlesIdentifyInstancesForWriteDisposeAndUnregister() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = noAutodispose(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());

        InstanceHandle red = writer.registerInstance(Shape.of("red", 0));
        writer.write(Shape.of("red", 1), red);
        writer.write(Shape.of("red", 2), nil());
        assertEquals(List.of(1, 2), xs(takeAtLeast(reader, 2)));

        writer.dispose(red);
        assertEquals(InstanceState.NOT_ALIVE_DISPOSED, onlyInvalid(takeAtLeast(reader, 1)).getInstanceState());
        writer.write(Shape.of("red", 3), red);
        takeAtLeast(reader, 1);
        writer.dispose(nil(), Shape.of("red", 0));
        assertEquals(InstanceState.NOT_ALIVE_DISPOSED, onlyInvalid(takeAtLeast(reader, 1)).getInstanceState());

        writer.write(Shape.of("blue", 1));
        takeAtLeast(reader, 1);
        writer.unregisterInstance(nil(), Shape.of("blue", 0));
        assertEquals(InstanceState.NOT_ALIVE_NO_WRITERS, onlyInvalid(takeAtLeast(reader, 1)).getInstanceState());
        assertTrue(writer.lookupInstance(Shape.of("blue", 0)).isNil(), "an unregistered instance is forgotten");
    }

    @Test
    void unknownHandlesAreIllegalArguments() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataWriter<Shape> other = writer(topic);
        InstanceHandle othersInstance = other.registerInstance(Shape.of("red", 0));

        assertThrows(IllegalArgumentException.class, () -> writer.write(Shape.of("red", 1), othersInstance));
        assertThrows(IllegalArgumentException.class, () -> writer.dispose(othersInstance));
        assertThrows(IllegalArgumentException.class, () -> writer.unregisterInstance(othersInstance));
        assertThrows(IllegalArgumentException.class, () -> writer.getKeyValue(othersInstance));

        InstanceHandle blue = writer.registerInstance(Shape.of("blue", 0));
        writer.unregisterInstance(blue);
        assertThrows(IllegalArgumentException.class, () -> writer.write(Shape.of("blue", 1), blue),
                "the handle of an unregistered instance is no longer valid");
    }

    @Test
    void aHandleWhoseKeyDiffersFromTheSampleIsAPreconditionFailure() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> reader = reader(topic);
        InstanceHandle red = writer.registerInstance(Shape.of("red", 0));

        assertThrows(PreconditionNotMetException.class, () -> writer.write(Shape.of("blue", 1), red));
        assertThrows(PreconditionNotMetException.class, () -> writer.dispose(red, Shape.of("blue", 1)));
        assertThrows(PreconditionNotMetException.class, () -> writer.unregisterInstance(red, Shape.of("blue", 1)));
        assertTrue(writer.lookupInstance(Shape.of("blue", 0)).isNil(), "nothing was registered for blue");
        assertTrue(readAll(reader).isEmpty(), "nothing was published");
    }

    @Test
    void nullSamplesAreIllegalArguments() {
        DataWriter<Shape> writer = writer(shapeTopic());
        assertThrows(IllegalArgumentException.class, () -> writer.write(null));
        assertThrows(IllegalArgumentException.class, () -> writer.registerInstance(null));
        assertThrows(IllegalArgumentException.class, () -> writer.dispose(nil(), null));
        assertThrows(IllegalArgumentException.class, () -> writer.lookupInstance(null));
    }

    @Test
    void disposingOrUnregisteringAnInstanceNeverRegisteredIsAPreconditionFailure() {
        DataWriter<Shape> writer = writer(shapeTopic());
        assertThrows(PreconditionNotMetException.class, () -> writer.dispose(nil(), Shape.of("red", 0)));
        assertThrows(PreconditionNotMetException.class, () -> writer.unregisterInstance(nil(), Shape.of("red", 0)));
    }

    @Test
    void aKeylessTopicHasExactlyOneInstance() throws Exception {
        Topic<Reading> topic = topic(Reading.class);
        DataWriter<Reading> writer = writer(topic);
        DataReader<Reading> reader = reader(topic, policies.History().withKeepLast(1));

        writer.write(new Reading(1));
        writer.write(new Reading(2));
        writer.write(new Reading(3));
        eventually(5, "the last reading", () -> {
            List<Sample<Reading>> all = readAll(reader);
            return !all.isEmpty() && all.get(all.size() - 1).getData().value == 3;
        });
        List<Sample<Reading>> kept = readAll(reader);
        assertEquals(1, kept.size(), "KEEP_LAST 1 of the single instance keeps only the newest: " + kept);

        InstanceHandle only = reader.lookupInstance(new Reading(77));
        assertEquals(kept.get(0).getInstanceHandle(), only, "any sample value names the same instance");
        assertEquals(writer.lookupInstance(new Reading(5)), writer.registerInstance(new Reading(6)));

        writer.dispose(nil(), new Reading(0));
        eventually(5, "the instance to be disposed", () -> readAll(reader).stream()
                .anyMatch(s -> s.getInstanceState() == InstanceState.NOT_ALIVE_DISPOSED));
        assertEquals(only, readAll(reader).get(0).getInstanceHandle());
    }

    @Test
    void aLongKeyDistinguishesInstancesBeyondTheIntRange() throws Exception {
        Topic<Sensor> topic = topic(Sensor.class);
        DataWriter<Sensor> writer = writer(topic);
        DataReader<Sensor> reader = reader(topic, policies.History().withKeepAll());
        long big = 1L << 40;

        writer.write(new Sensor(big, 1.0));
        writer.write(new Sensor(big + 1, 2.0));
        writer.write(new Sensor(big, 3.0));
        eventually(5, "three sensor samples", () -> readAll(reader).size() == 3);

        InstanceHandle first = reader.lookupInstance(new Sensor(big, 0));
        InstanceHandle second = reader.lookupInstance(new Sensor(big + 1, 0));
        assertNotEquals(first, second);
        assertTrue(reader.lookupInstance(new Sensor(big & 0xffffffffL, 0)).isNil(), "the high bits are part of the key");
        List<Sample<Sensor>> firstSamples = ofInstance(readAll(reader), first);
        assertEquals(2, firstSamples.size());
        assertEquals(big, reader.getKeyValue(first).id);
        assertEquals(big, writer.getKeyValue(writer.lookupInstance(new Sensor(big, 9))).id);
    }
}
