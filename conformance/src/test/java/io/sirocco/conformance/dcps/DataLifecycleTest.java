package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.ReaderDataLifecycle;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * WriterDataLifecycle (DCPS 2.2.3.21): whether unregistering, explicitly or by closing the writer,
 * also disposes; and ReaderDataLifecycle (2.2.3.22): how long a reader keeps the samples of
 * instances that are no longer alive.
 */
class DataLifecycleTest extends DataFixture {

    private DataWriter<Shape> writer(Topic<Shape> topic, boolean autodispose) {
        return writer(topic, policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(autodispose));
    }

    @Test
    void unregisterDisposesTheInstanceWhenAutodisposeIsOn() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, true);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        takeAtLeast(reader, 1);
        writer.unregisterInstance(writer.lookupInstance(Shape.of("red", 0)));

        Sample<Shape> change = onlyInvalid(takeAtLeast(reader, 1));
        assertEquals(InstanceState.NOT_ALIVE_DISPOSED, change.getInstanceState());
    }

    @Test
    void unregisterLeavesTheInstanceWithNoWritersWhenAutodisposeIsOff() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, false);
        DataReader<Shape> reader = reader(topic);

        writer.write(Shape.of("red", 1));
        takeAtLeast(reader, 1);
        writer.unregisterInstance(writer.lookupInstance(Shape.of("red", 0)));

        Sample<Shape> change = onlyInvalid(takeAtLeast(reader, 1));
        assertEquals(InstanceState.NOT_ALIVE_NO_WRITERS, change.getInstanceState());
    }

    @Test
    void autodisposeIsTrueByDefault() {
        assertTrue(publisher.getDefaultDataWriterQos().getWriterDataLifecycle().isAutDisposeUnregisteredInstances());
    }

    @Test
    void autodisposeCanBeChangedOnAnEnabledWriter() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, true);
        DataReader<Shape> reader = reader(topic);
        writer.write(Shape.of("red", 1));
        takeAtLeast(reader, 1);

        writer.setQos(writer.getQos().withPolicy(
                policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false)));
        writer.unregisterInstance(nil(), Shape.of("red", 0));

        assertEquals(InstanceState.NOT_ALIVE_NO_WRITERS, onlyInvalid(takeAtLeast(reader, 1)).getInstanceState());
    }

    @Test
    void closingAnAutodisposingWriterDisposesEveryInstanceItRegistered() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, true);
        DataWriter<Shape> other = writer(topic, true);
        DataReader<Shape> reader = reader(topic);
        writer.write(Shape.of("red", 1));
        writer.registerInstance(Shape.of("blue", 0));
        other.write(Shape.of("green", 1));
        takeAtLeast(reader, 2);

        writer.close();
        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_DISPOSED);
        List<Sample<Shape>> changes = readAll(reader);
        assertEquals(1, changes.size(), "only red was known to the reader and is reported: " + changes);
        other.write(Shape.of("green", 2));
        awaitShape(reader, "green", 2);
        assertEquals(InstanceState.ALIVE, ofInstance(readAll(reader), reader.lookupInstance(Shape.of("green", 0)))
                .get(0).getInstanceState(), "the other writer's instances are untouched");
    }

    @Test
    void closingAWriterWithoutAutodisposeLeavesItsInstancesWithoutWriters() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, false);
        DataReader<Shape> reader = reader(topic);
        writer.write(Shape.of("red", 1));
        takeAtLeast(reader, 1);

        writer.close();
        assertEquals(InstanceState.NOT_ALIVE_NO_WRITERS, onlyInvalid(takeAtLeast(reader, 1)).getInstanceState());
    }

    private ReaderDataLifecycle purgeNoWritersAfter(long millis) {
        return policies.ReaderDataLifecycle().withAutoPurgeNoWriterSamplesDelay(millis, TimeUnit.MILLISECONDS);
    }

    private ReaderDataLifecycle purgeDisposedAfter(long millis) {
        return policies.ReaderDataLifecycle().withAutoPurgeDisposedSamplesDelay(millis, TimeUnit.MILLISECONDS);
    }

    @Test
    void autopurgeNoWriterSamplesDelayRemovesSamplesOfInstancesWithoutWriters() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, false);
        DataReader<Shape> purging = reader(topic, policies.History().withKeepAll(), purgeNoWritersAfter(200));
        DataReader<Shape> keeping = reader(topic, policies.History().withKeepAll());

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("red", 2));
        writer.write(Shape.of("blue", 1));
        writer.unregisterInstance(nil(), Shape.of("red", 0));
        awaitInstanceState(keeping, "red", InstanceState.NOT_ALIVE_NO_WRITERS);
        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(purging)),
                "unread samples stay until the delay has passed");

        eventually(5, "red to be purged", () -> readAll(purging).stream()
                .noneMatch(s -> s.getData() == null || s.getData().color.equals("red")));
        assertEquals(List.of("blue:1"), shapes(readAll(purging)), "alive instances are not purged");
        assertTrue(purging.lookupInstance(Shape.of("red", 0)).isNil(), "the purged instance is forgotten");
        assertEquals(List.of("red:1", "red:2", "blue:1"), shapes(readAll(keeping)), "the default delay is infinite");
    }

    @Test
    void anInstanceAliveAgainBeforeTheDelayIsNotPurged() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, false);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll(), purgeNoWritersAfter(150));

        writer.write(Shape.of("red", 1));
        writer.unregisterInstance(nil(), Shape.of("red", 0));
        writer.write(Shape.of("red", 2));
        awaitShape(reader, "red", 2);
        sleep(400);
        assertEquals(List.of("red:1", "red:2"), shapes(readAll(reader)), "only instances still not alive are purged");
    }

    @Test
    void autopurgeDisposedSamplesDelayRemovesSamplesOfDisposedInstances() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, true);
        DataReader<Shape> purging = reader(topic, policies.History().withKeepAll(), purgeDisposedAfter(200));
        DataReader<Shape> keeping = reader(topic, policies.History().withKeepAll());

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        writer.dispose(nil(), Shape.of("red", 0));
        awaitInstanceState(keeping, "red", InstanceState.NOT_ALIVE_DISPOSED);
        assertTrue(shapes(readAll(purging)).contains("red:1"), "the sample stays until the delay has passed");

        eventually(5, "red to be purged", () -> readAll(purging).stream()
                .noneMatch(s -> s.getData() == null || s.getData().color.equals("red")));
        assertEquals(List.of("blue:1"), shapes(readAll(purging)));
        assertEquals(List.of("red:1", "blue:1"), shapes(readAll(keeping)));
    }

    @Test
    void autopurgeDisposedDelayDoesNotPurgeInstancesThatOnlyLostTheirWriters() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, false);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll(), purgeDisposedAfter(50));

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));
        writer.unregisterInstance(nil(), Shape.of("red", 0));
        writer.dispose(nil(), Shape.of("blue", 0));
        eventually(5, "blue to be purged", () -> !shapes(readAll(reader)).contains("blue:1"));
        sleep(200);
        List<Sample<Shape>> left = readAll(reader);
        assertEquals(List.of("red:1"), shapes(left), "red is NOT_ALIVE_NO_WRITERS, whose delay is infinite");
        assertFalse(reader.lookupInstance(Shape.of("red", 0)).isNil());
    }
}
