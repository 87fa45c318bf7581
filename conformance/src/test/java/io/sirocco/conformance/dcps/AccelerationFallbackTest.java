package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * Sirocco's Acceleration policy where no accelerated path exists (no shared-memory or RDMA group
 * engine in this process): REQUIRED refuses the endpoint with a clear error and leaves nothing
 * behind; PREFERRED falls back to the ordinary paths and works as usual. The group engine is on
 * this class path, so the tests switch it off ({@code sirocco.groupEngine=false}) for their
 * participants, as a process without it would be.
 */
class AccelerationFallbackTest extends DcpsFixture {
    private Topic<Shape> topic;

    @BeforeAll
    static void withoutGroupEngine() {
        System.setProperty("sirocco.groupEngine", "false");
    }

    @AfterAll
    static void restoreGroupEngine() {
        System.clearProperty("sirocco.groupEngine");
    }

    @BeforeEach
    void createTopic() {
        topic = participant.createTopic("AcceleratedShapes", Shape.class);
    }

    @Test
    void requiredAccelerationWithoutAnAcceleratedPathRefusesTheWriterAndLeavesNothingBehind() {
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> publisher.createDataWriter(topic,
                        writerQos(Acceleration.of(env, AccelerationKind.REQUIRED))));
        assertTrue(refused.getMessage().contains("Acceleration is REQUIRED"), refused.getMessage());
        assertTrue(refused.getMessage().contains("AcceleratedShapes"), refused.getMessage());
        assertNull(publisher.lookupDataWriter("AcceleratedShapes"));
        topic.close(); // no writer depends on it any more
    }

    @Test
    void requiredAccelerationWithoutAnAcceleratedPathRefusesTheReader() {
        UnsupportedOperationException refused = assertThrows(UnsupportedOperationException.class,
                () -> subscriber.createDataReader(topic,
                        readerQos(Acceleration.of(env, AccelerationKind.REQUIRED))));
        assertTrue(refused.getMessage().contains("Acceleration is REQUIRED"), refused.getMessage());
        assertNull(subscriber.lookupDataReader("AcceleratedShapes"));
    }

    @Test
    void preferredAccelerationFallsBackToTheOrdinaryPathsAndDelivers() throws Exception {
        DataWriter<Shape> writer = publisher.createDataWriter(topic,
                writerQos(Acceleration.of(env, AccelerationKind.PREFERRED)));
        DataReader<Shape> reader = subscriber.createDataReader(topic,
                readerQos(Acceleration.of(env, AccelerationKind.PREFERRED)));
        // the program can tell that it fell back
        for (Object endpoint : List.of(writer, reader)) {
            List<String> paths = ((io.sirocco.dds.qos.CarriedBy) endpoint).carriedBy();
            assertTrue(paths.contains("intra-process") && !paths.contains(io.sirocco.dds.qos.CarriedBy.GROUP),
                    paths.toString());
        }
        eventually(5, "writer and reader match", () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        writer.write(new Shape("BLUE", 1, 2, 3));
        List<Shape> received = new ArrayList<>();
        eventually(5, "the sample arrives", () -> {
            for (Sample<Shape> sample : reader.take(new ArrayList<>())) {
                if (sample.getData() != null) {
                    received.add(sample.getData());
                }
            }
            return !received.isEmpty();
        });
        assertEquals("BLUE", received.get(0).color);
    }
}
