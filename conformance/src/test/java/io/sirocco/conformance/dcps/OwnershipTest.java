package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Ownership;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * OWNERSHIP (DCPS 2.2.3.9, 2.2.3.10): with EXCLUSIVE ownership a reader shows, per instance, only
 * the samples of the strongest live writer, and fails over to the next strongest when the owner
 * unregisters, goes away or loses liveliness; with SHARED ownership every writer's samples arrive.
 */
class OwnershipTest extends DcpsFixture {
    private Topic<Shape> topic;

    @BeforeEach
    void createTopic() {
        topic = participant.createTopic("OwnedShapes", Shape.class);
    }

    private Ownership exclusive() {
        return policies.Ownership().withExclusive();
    }

    private DataWriter<Shape> exclusiveWriter(int strength, QosPolicy.ForDataWriter... more) {
        List<QosPolicy.ForDataWriter> all = new ArrayList<>(List.of(exclusive(),
                policies.OwnershipStrength().withValue(strength)));
        all.addAll(List.of(more));
        return publisher.createDataWriter(topic, writerQos(all.toArray(QosPolicy.ForDataWriter[]::new)));
    }

    private DataReader<Shape> exclusiveReader() {
        return subscriber.createDataReader(topic, readerQos(exclusive(), reliable(), keepAll()));
    }

    private Reliability reliable() {
        return policies.Reliability().withReliable();
    }

    private History keepAll() {
        return policies.History().withKeepAll();
    }

    private static void awaitMatch(DataReader<Shape> reader, int writers) {
        eventually(5, "the reader to match " + writers + " writer(s)",
                () -> reader.getMatchedPublications().size() == writers);
    }

    /** The x values of the valid samples taken, in order. */
    private static List<Integer> takeXs(DataReader<Shape> reader) {
        List<Integer> xs = new ArrayList<>();
        for (Sample<Shape> sample : takeAll(reader)) {
            if (sample.getData() != null) {
                xs.add(sample.getData().x);
            }
        }
        return xs;
    }

    private static List<Sample<Shape>> takeAll(DataReader<Shape> reader) {
        return reader.take(new ArrayList<>());
    }

    private static List<Sample<Shape>> readAll(DataReader<Shape> reader) {
        List<Sample<Shape>> samples = new ArrayList<>();
        try (Sample.Iterator<Shape> it = reader.read()) {
            it.forEachRemaining(s -> samples.add(s.clone()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return samples;
    }

    @Test
    void exclusiveOwnershipDeliversOnlyTheStrongestWritersSamples() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> weak = exclusiveWriter(5);
        DataWriter<Shape> strong = exclusiveWriter(10);
        awaitMatch(reader, 2);

        weak.write(Shape.of("RED", 1));   // nobody owns RED yet: the weak writer does
        strong.write(Shape.of("RED", 2)); // the stronger writer takes over
        weak.write(Shape.of("RED", 3));   // dropped: not the owner
        strong.write(Shape.of("RED", 4));
        weak.write(Shape.of("RED", 5));   // dropped

        assertEquals(List.of(1, 2, 4), takeXs(reader));
    }

    @Test
    void ownershipIsDecidedPerInstance() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> weak = exclusiveWriter(1);
        DataWriter<Shape> strong = exclusiveWriter(2);
        awaitMatch(reader, 2);

        strong.write(Shape.of("RED", 1));
        weak.write(Shape.of("BLUE", 2)); // BLUE is the weak writer's: nobody stronger writes it
        weak.write(Shape.of("RED", 3));  // dropped
        strong.write(Shape.of("RED", 4));

        assertEquals(List.of(1, 2, 4), takeXs(reader));
    }

    @Test
    void ownershipFailsOverToTheNextStrongestWhenTheOwnerUnregisters() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> weak = exclusiveWriter(5);
        // Unregister without disposing: the owner only stops writing RED.
        DataWriter<Shape> strong = exclusiveWriter(10,
                policies.WriterDataLifecycle().withAutDisposeUnregisteredInstances(false));
        awaitMatch(reader, 2);

        strong.write(Shape.of("RED", 1));
        weak.write(Shape.of("RED", 2)); // dropped
        strong.unregisterInstance(strong.lookupInstance(Shape.of("RED", 0)));

        // The weak writer still writes RED, so the instance must not look writer-less.
        for (Sample<Shape> sample : readAll(reader)) {
            assertEquals(InstanceState.ALIVE, sample.getInstanceState(),
                    "RED is still written by the weak writer");
        }
        weak.write(Shape.of("RED", 3));
        assertEquals(List.of(1, 3), takeXs(reader));
    }

    @Test
    void ownershipFailsOverToTheNextStrongestWhenTheOwnerIsClosed() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> weak = exclusiveWriter(5);
        DataWriter<Shape> strong = exclusiveWriter(10);
        awaitMatch(reader, 2);

        strong.write(Shape.of("RED", 1));
        weak.write(Shape.of("RED", 2)); // dropped
        strong.close();
        awaitMatch(reader, 1);
        weak.write(Shape.of("RED", 3));

        assertEquals(List.of(1, 3), takeXs(reader));
    }

    @Test
    void ownershipFailsOverWhenTheOwnerStopsAssertingLivelinessAndReturnsWhenItDoes() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> weak = exclusiveWriter(5);
        DataWriter<Shape> strong = exclusiveWriter(10,
                policies.Liveliness().withManualByTopic().withLeaseDuration(300, TimeUnit.MILLISECONDS));
        awaitMatch(reader, 2);

        strong.write(Shape.of("RED", 1));
        weak.write(Shape.of("RED", 2)); // dropped: the strong writer is alive and owns RED
        eventually(5, "the strong writer's liveliness to lapse",
                () -> strong.getLivelinessLostStatus().getTotalCount() == 1
                        && reader.getLivelinessChangedStatus().getNotAliveCount() == 1);
        weak.write(Shape.of("RED", 3)); // the weak writer is now the strongest live writer
        strong.write(Shape.of("RED", 4)); // alive again, and stronger: takes RED back
        weak.write(Shape.of("RED", 5)); // dropped

        assertEquals(List.of(1, 3, 4), takeXs(reader));
    }

    @Test
    void sharedOwnershipDeliversEveryWritersSamples() throws Exception {
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(reliable(), keepAll()));
        DataWriter<Shape> weak = publisher.createDataWriter(topic,
                writerQos(policies.OwnershipStrength().withValue(1)));
        DataWriter<Shape> strong = publisher.createDataWriter(topic,
                writerQos(policies.OwnershipStrength().withValue(100)));
        awaitMatch(reader, 2);
        assertEquals(Ownership.Kind.SHARED, reader.getQos().getOwnership().getKind(), "SHARED is the default");

        strong.write(Shape.of("RED", 1));
        weak.write(Shape.of("RED", 2));
        strong.write(Shape.of("RED", 3));
        weak.write(Shape.of("RED", 4));

        assertEquals(List.of(1, 2, 3, 4), takeXs(reader));
    }

    @Test
    void raisingTheOwnershipStrengthWithSetQosTakesOverOwnership() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> first = exclusiveWriter(10);
        DataWriter<Shape> second = exclusiveWriter(5);
        awaitMatch(reader, 2);

        first.write(Shape.of("RED", 1));
        second.write(Shape.of("RED", 2)); // dropped
        second.setQos(second.getQos().withPolicy(policies.OwnershipStrength().withValue(20)));
        assertEquals(20, second.getQos().getOwnershipStrength().getValue());
        second.write(Shape.of("RED", 3)); // now the strongest
        first.write(Shape.of("RED", 4));  // dropped

        assertEquals(List.of(1, 3), takeXs(reader));
        assertTrue(reader.getMatchedPublications().contains(second.getInstanceHandle()),
                "the writer stays matched across the QoS change");
    }

    @Test
    void loweringTheOwnersStrengthHandsOwnershipToTheStrongerWriter() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> owner = exclusiveWriter(10);
        DataWriter<Shape> other = exclusiveWriter(5);
        awaitMatch(reader, 2);

        owner.write(Shape.of("RED", 1));
        owner.setQos(owner.getQos().withPolicy(policies.OwnershipStrength().withValue(1)));
        other.write(Shape.of("RED", 2)); // stronger than the owner now
        owner.write(Shape.of("RED", 3)); // dropped

        assertEquals(List.of(1, 2), takeXs(reader));
    }

    @Test
    void ownershipFailsOverWhenTheOwnerMissesTheRequestedDeadline() throws Exception {
        var period = policies.Deadline().withPeriod(300, TimeUnit.MILLISECONDS);
        DataReader<Shape> reader = subscriber.createDataReader(topic, readerQos(exclusive(), reliable(), keepAll(),
                period));
        DataWriter<Shape> weak = exclusiveWriter(5, period);
        DataWriter<Shape> strong = exclusiveWriter(10, period);
        awaitMatch(reader, 2);

        strong.write(Shape.of("RED", 1));
        weak.write(Shape.of("RED", 2)); // dropped: the strong writer owns RED
        eventually(5, "the owner to miss the requested deadline",
                () -> reader.getRequestedDeadlineMissedStatus().getTotalCount() >= 1);
        weak.write(Shape.of("RED", 3)); // the owner broke its contract: the weak writer takes over

        assertEquals(List.of(1, 3), takeXs(reader));
    }

    @Test
    void writersOfEqualStrengthDoNotTakeTurns() throws Exception {
        DataReader<Shape> reader = exclusiveReader();
        DataWriter<Shape> a = exclusiveWriter(7);
        DataWriter<Shape> b = exclusiveWriter(7);
        awaitMatch(reader, 2);

        for (int round = 0; round < 3; round++) {
            a.write(Shape.of("RED", 10 + round));
            b.write(Shape.of("RED", 20 + round));
        }
        // Whoever wins the tie keeps RED: after the first sample, all come from one writer.
        List<Integer> xs = takeXs(reader);
        List<Integer> afterFirst = xs.subList(1, xs.size());
        assertTrue(afterFirst.equals(List.of(11, 12)) || afterFirst.equals(List.of(20, 21, 22)),
                "samples taken: " + xs);
    }
}
