package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.status.OfferedIncompatibleQosStatus;
import org.omg.dds.core.status.RequestedIncompatibleQosStatus;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * Durability (DCPS 2.2.3.4): what a reader created after the data was written receives, and the
 * requested/offered rule between a writer's and a reader's durability.
 */
class DurabilityTest extends DataFixture {

    private DataReader<Shape> lateJoiner(Topic<Shape> topic, Durability durability) {
        return reader(topic, durability, policies.Reliability().withReliable(), policies.History().withKeepAll());
    }

    @Test
    void transientLocalLateJoinerReceivesTheLastSamplesOfEachInstance() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(2));
        for (int x = 1; x <= 4; x++) {
            writer.write(Shape.of("red", x));
        }
        writer.write(Shape.of("blue", 1));

        DataReader<Shape> late = lateJoiner(topic, policies.Durability().withTransientLocal());
        late.waitForHistoricalData(5, TimeUnit.SECONDS);
        awaitShape(late, "blue", 1);
        List<Sample<Shape>> history = readAll(late);
        assertEquals(List.of(3, 4), xs(ofInstance(history, late.lookupInstance(Shape.of("red", 0)))));
        assertEquals(List.of(1), xs(ofInstance(history, late.lookupInstance(Shape.of("blue", 0)))));
        for (Sample<Shape> s : history) {
            assertEquals(InstanceState.ALIVE, s.getInstanceState());
            assertEquals(writer.getInstanceHandle(), s.getPublicationHandle());
        }

        writer.write(Shape.of("red", 5));
        awaitShape(late, "red", 5);
        assertEquals(List.of(3, 4, 5), xs(ofInstance(readAll(late), late.lookupInstance(Shape.of("red", 0)))),
                "live data follows the history without a gap or a repeat");
    }

    @Test
    void transientLocalLateJoinerLearnsThatAnInstanceWasDisposed() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(2));
        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("green", 1));
        writer.dispose(nil(), Shape.of("green", 0));
        writer.write(Shape.of("blue", 1));

        DataReader<Shape> late = lateJoiner(topic, policies.Durability().withTransientLocal());
        awaitShape(late, "blue", 1);
        eventually(5, "green to be disposed", () -> readAll(late).stream()
                .filter(s -> s.getInstanceHandle().equals(late.lookupInstance(Shape.of("green", 0))))
                .anyMatch(s -> s.getInstanceState() == InstanceState.NOT_ALIVE_DISPOSED));
        List<Sample<Shape>> history = readAll(late);
        for (Sample<Shape> s : ofInstance(history, late.lookupInstance(Shape.of("green", 0)))) {
            assertEquals(InstanceState.NOT_ALIVE_DISPOSED, s.getInstanceState(), "green: " + s);
        }
        for (Sample<Shape> s : ofInstance(history, late.lookupInstance(Shape.of("red", 0)))) {
            assertEquals(InstanceState.ALIVE, s.getInstanceState(), "red: " + s);
        }
    }

    @Test
    void transientLocalLateJoinerWithKeepLastOneGetsOnlyTheNewestOfEachInstance() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(5));
        for (int x = 1; x <= 4; x++) {
            writer.write(Shape.of("red", x));
        }

        DataReader<Shape> late = reader(topic, policies.Durability().withTransientLocal(),
                policies.Reliability().withReliable(), policies.History().withKeepLast(1));
        awaitShape(late, "red", 4);
        assertEquals(List.of(4), xs(readAll(late)), "the reader's own history applies to replayed data");
    }

    @Test
    void volatileLateJoinerReceivesOnlyWhatIsWrittenAfterIt() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal(),
                policies.History().withKeepLast(10));
        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("blue", 1));

        DataReader<Shape> late = lateJoiner(topic, policies.Durability().withVolatile());
        eventually(5, "the match", () -> !late.getMatchedPublications().isEmpty());
        writer.write(Shape.of("red", 2));
        awaitShape(late, "red", 2);
        assertEquals(List.of("red:2"), shapes(readAll(late)), "nothing older than the reader");
        assertTrue(late.lookupInstance(Shape.of("blue", 0)).isNil());
    }

    @Test
    void volatileWriterCannotServeATransientLocalReader() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withVolatile());
        DataReader<Shape> reader = reader(topic, policies.Durability().withTransientLocal());
        DataReader<Shape> control = reader(topic, policies.Durability().withVolatile());

        writer.write(Shape.of("red", 1));
        awaitShape(control, "red", 1);

        assertTrue(readAll(reader).isEmpty(), "an incompatible reader receives nothing");
        assertTrue(reader.getMatchedPublications().isEmpty());
        assertEquals(1, writer.getMatchedSubscriptions().size(), "only the compatible reader matched");

        RequestedIncompatibleQosStatus requested = reader.getRequestedIncompatibleQosStatus();
        assertEquals(1, requested.getTotalCount());
        assertEquals(Durability.class, requested.getLastPolicyClass());
        OfferedIncompatibleQosStatus offered = writer.getOfferedIncompatibleQosStatus();
        assertEquals(1, offered.getTotalCount());
        assertEquals(Durability.class, offered.getLastPolicyClass());
        assertTrue(reader.lookupInstance(Shape.of("red", 0)).isNil(), "no instance either");
    }

    @Test
    void transientLocalWriterServesAVolatileReader() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.Durability().withTransientLocal());
        DataReader<Shape> reader = reader(topic, policies.Durability().withVolatile());

        writer.write(Shape.of("red", 1));
        awaitShape(reader, "red", 1);
        assertEquals(0, reader.getRequestedIncompatibleQosStatus().getTotalCount());
        assertEquals(0, writer.getOfferedIncompatibleQosStatus().getTotalCount());
    }
}
