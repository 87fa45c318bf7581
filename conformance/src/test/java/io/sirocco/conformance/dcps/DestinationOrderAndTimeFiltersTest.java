package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InconsistentPolicyException;
import org.omg.dds.core.policy.DestinationOrder;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * The policies that decide which received samples a reader keeps, by time: DestinationOrder
 * (DCPS 2.2.3.17), Lifespan (2.2.3.16) and TimeBasedFilter (2.2.3.12).
 */
class DestinationOrderAndTimeFiltersTest extends DataFixture {
    /** Source timestamps far from now, so that only their order matters. */
    private static final long T = 1_600_000_000_000L;

    private DataWriter<Shape> bySourceTimestampWriter(Topic<Shape> topic) {
        return writer(topic, policies.DestinationOrder().withSourceTimestamp());
    }

    @Test
    void bySourceTimestampDropsASampleOlderThanTheLastAcceptedForTheInstance() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> first = bySourceTimestampWriter(topic);
        DataWriter<Shape> second = bySourceTimestampWriter(topic);
        DataReader<Shape> reader = reader(topic, policies.DestinationOrder().withSourceTimestamp(),
                policies.History().withKeepAll());

        first.write(Shape.of("red", 1), time(T + 2000));
        second.write(Shape.of("red", 2), time(T + 1000));
        second.write(Shape.of("blue", 1), time(T + 1000));
        first.write(Shape.of("red", 3), time(T + 1500));
        second.write(Shape.of("red", 4), time(T + 3000));
        awaitShape(reader, "red", 4);

        List<Sample<Shape>> all = readAll(reader);
        assertEquals(List.of(1, 4), xs(ofInstance(all, reader.lookupInstance(Shape.of("red", 0)))),
                "samples stamped before red:1 are dropped, whichever writer sent them");
        assertEquals(List.of(1), xs(ofInstance(all, reader.lookupInstance(Shape.of("blue", 0)))),
                "the order is kept per instance");
    }

    @Test
    void bySourceTimestampKeepLastHoldsTheMostRecentlyStampedValue() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> first = bySourceTimestampWriter(topic);
        DataWriter<Shape> second = bySourceTimestampWriter(topic);
        DataReader<Shape> reader = reader(topic, policies.DestinationOrder().withSourceTimestamp());
        DataReader<Shape> control = reader(topic, policies.History().withKeepAll());

        first.write(Shape.of("red", 1), time(T + 2000));
        second.write(Shape.of("red", 2), time(T + 1000));
        awaitShape(control, "red", 2);

        assertEquals(List.of(1), xs(readAll(reader)), "every reader converges on the newest source time");
    }

    @Test
    void bySourceTimestampIgnoresADisposeOlderThanTheLastSample() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> first = bySourceTimestampWriter(topic);
        DataWriter<Shape> second = bySourceTimestampWriter(topic);
        DataReader<Shape> reader = reader(topic, policies.DestinationOrder().withSourceTimestamp(),
                policies.History().withKeepAll());

        first.write(Shape.of("red", 1), time(T + 2000));
        second.write(Shape.of("red", 2), time(T + 1000));
        second.dispose(nil(), Shape.of("red", 0), time(T + 1500));
        first.write(Shape.of("blue", 1), time(T + 3000));
        awaitShape(reader, "blue", 1);

        for (Sample<Shape> s : readAll(reader)) {
            assertEquals(InstanceState.ALIVE, s.getInstanceState(), "an outdated dispose is dropped: " + s);
        }
        second.dispose(nil(), Shape.of("red", 0), time(T + 2500));
        awaitInstanceState(reader, "red", InstanceState.NOT_ALIVE_DISPOSED);
    }

    @Test
    void aBySourceTimestampReaderIsNotServedByAByReceptionWriter() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic, policies.DestinationOrder().withReceptionTimestamp());
        DataReader<Shape> reader = reader(topic, policies.DestinationOrder().withSourceTimestamp());

        eventually(5, "the incompatibility to be reported",
                () -> reader.getRequestedIncompatibleQosStatus().getTotalCount() == 1);
        assertEquals(DestinationOrder.class,
                writer.getOfferedIncompatibleQosStatus().getLastPolicyClass());
        writer.write(Shape.of("red", 1));
        assertTrue(reader.getMatchedPublications().isEmpty());
        assertTrue(readAll(reader).isEmpty());
    }

    @Test
    void byReceptionTimestampKeepsSamplesInArrivalOrderWhateverTheirSourceTime() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> first = writer(topic);
        DataWriter<Shape> second = writer(topic);
        DataReader<Shape> reader = reader(topic, policies.DestinationOrder().withReceptionTimestamp(),
                policies.History().withKeepAll());

        first.write(Shape.of("red", 1), time(T + 2000));
        second.write(Shape.of("red", 2), time(T + 1000));
        first.write(Shape.of("red", 3), time(T + 500));
        awaitShape(reader, "red", 3);

        assertEquals(List.of(1, 2, 3), xs(readAll(reader)));
    }

    @Test
    void samplesExpireFromTheReaderWhenTheWritersLifespanEnds() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> shortLived = writer(topic, policies.Lifespan().withDuration(500, TimeUnit.MILLISECONDS));
        DataWriter<Shape> lasting = writer(topic);
        DataReader<Shape> reader = reader(topic, policies.History().withKeepAll());

        shortLived.write(Shape.of("red", 1));
        lasting.write(Shape.of("blue", 1));
        List<String> before = shapes(readAll(reader));
        assertTrue(before.contains("red:1"), "the sample is readable within its lifespan: " + before);

        eventually(5, "red:1 to expire", () -> !shapes(readAll(reader)).contains("red:1"));
        assertEquals(List.of("blue:1"), shapes(readAll(reader)), "samples without a lifespan stay");
    }

    @Test
    void aLateJoinerDoesNotReceiveExpiredHistory() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> shortLived = writer(topic, policies.Durability().withTransientLocal(),
                policies.Lifespan().withDuration(100, TimeUnit.MILLISECONDS));
        DataWriter<Shape> lasting = writer(topic, policies.Durability().withTransientLocal());
        shortLived.write(Shape.of("red", 1));
        lasting.write(Shape.of("blue", 1));
        sleep(300);

        DataReader<Shape> late = reader(topic, policies.Durability().withTransientLocal(),
                policies.Reliability().withReliable(), policies.History().withKeepAll());
        awaitShape(late, "blue", 1);
        assertEquals(List.of("blue:1"), shapes(readAll(late)));
        assertTrue(late.lookupInstance(Shape.of("red", 0)).isNil());
    }

    @Test
    void timeBasedFilterDropsSamplesOfAnInstanceThatComeTooSoon() throws Exception {
        Topic<Shape> topic = shapeTopic();
        DataWriter<Shape> writer = writer(topic);
        DataReader<Shape> filtered = reader(topic, policies.History().withKeepAll(),
                policies.TimeBasedFilter().withMinimumSeparation(500, TimeUnit.MILLISECONDS));
        DataReader<Shape> everything = reader(topic, policies.History().withKeepAll());

        writer.write(Shape.of("red", 1));
        writer.write(Shape.of("red", 2));
        writer.write(Shape.of("blue", 1));
        writer.write(Shape.of("red", 3));
        awaitShape(everything, "red", 3);
        awaitShape(filtered, "blue", 1);

        assertEquals(List.of("red:1", "red:2", "blue:1", "red:3"), shapes(readAll(everything)));
        assertEquals(List.of("red:1", "blue:1"), shapes(readAll(filtered)),
                "one sample per instance per separation; instances are filtered independently");

        sleep(600);
        writer.write(Shape.of("red", 4));
        awaitShape(filtered, "red", 4);
        assertEquals(List.of("red:1", "blue:1", "red:4"), shapes(readAll(filtered)));
    }

    @Test
    void aDeadlineShorterThanTheMinimumSeparationIsInconsistent() {
        Topic<Shape> topic = shapeTopic();
        assertThrows(InconsistentPolicyException.class, () -> subscriber.createDataReader(topic, readerQos(
                policies.TimeBasedFilter().withMinimumSeparation(500, TimeUnit.MILLISECONDS),
                policies.Deadline().withPeriod(100, TimeUnit.MILLISECONDS))));
    }
}
