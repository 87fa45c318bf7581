package io.sirocco.rtps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

class ReliableDeliveryTest extends RtpsFixture {

    @Test
    void samplesWrittenInOneParticipantArriveInOrderInAnother() throws Exception {
        DomainParticipant a = newParticipant();
        DomainParticipant b = newParticipant();
        Topic<Shape> ta = a.createTopic("Shapes", Shape.class);
        Topic<Shape> tb = b.createTopic("Shapes", Shape.class);
        Publisher publisher = a.createPublisher();
        DataWriter<Shape> writer = publisher.createDataWriter(ta, publisher.getDefaultDataWriterQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll()));
        Subscriber subscriber = b.createSubscriber();
        DataReader<Shape> reader = subscriber.createDataReader(tb, subscriber.getDefaultDataReaderQos()
                .withPolicies(policies.Reliability().withReliable(), policies.History().withKeepAll()));
        eventually(10, "the writer matches the remote reader",
                () -> writer.getPublicationMatchedStatus().getCurrentCount() == 1);
        int n = 1000;
        for (int i = 0; i < n; i++) {
            writer.write(new Shape("RED", i));
        }
        List<Integer> seen = new ArrayList<>();
        eventually(10, "all samples arrive", () -> {
            for (Shape shape : takeData(reader)) {
                seen.add(shape.x);
            }
            return seen.size() >= n;
        });
        for (int i = 0; i < n; i++) {
            assertEquals(i, seen.get(i));
        }
    }
}
