package io.sirocco.dcps.qos.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.Duration;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/** {@code Entity.setQos(library, profile)}: the entity's kind and topic pick the QoS. */
class EntityProfilesTest {
    private final SiroccoServiceEnvironment env = Profiles.environment();
    private final DomainParticipant participant = env.participantFactory().createParticipant(201);

    /** A sample type for the topics of these tests. */
    public static final class Sample {
        public int id;
    }

    @AfterEach
    void close() {
        participant.close();
    }

    @Test
    void withoutAnyDocumentTheErrorSaysWhatToDo() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> participant.setQos("Entities", "Tuned"));
        assertTrue(e.getMessage().startsWith("no QoS profiles are known: set SIROCCO_QOS_PROFILES"), e.getMessage());
    }

    @Test
    void setQosTakesKindAndTopicFromTheEntity() {
        Profiles.open(env, "omg/entities.xml", null);
        Topic<Sample> fast = participant.createTopic("FastTrack", Sample.class);
        Topic<Sample> slow = participant.createTopic("Slow", Sample.class);
        Publisher publisher = participant.createPublisher();
        Subscriber subscriber = participant.createSubscriber();
        DataWriter<Sample> fastWriter = publisher.createDataWriter(fast);
        DataWriter<Sample> slowWriter = publisher.createDataWriter(slow);
        DataReader<Sample> fastReader = subscriber.createDataReader(fast);
        DataReader<Sample> slowReader = subscriber.createDataReader(slow);

        participant.setQos("Entities", "Tuned");
        publisher.setQos("Entities", "Tuned");
        subscriber.setQos("Entities", "Tuned");
        fast.setQos("Entities", "Tuned");
        slow.setQos("Entities", "Tuned");
        fastWriter.setQos("Entities", "Tuned");
        slowWriter.setQos("Entities", "Tuned");
        fastReader.setQos("Entities", "Tuned");
        slowReader.setQos("Entities", "Tuned");

        assertArrayEquals(new byte[] {1}, participant.getQos().getUserData().getValue());
        assertEquals(List.of("tuned"), List.copyOf(publisher.getQos().getPartition().getName()));
        assertEquals(List.of("tuned"), List.copyOf(subscriber.getQos().getPartition().getName()));
        assertEquals(5, fast.getQos().getTransportPriority().getValue());
        assertEquals(1, slow.getQos().getTransportPriority().getValue());
        assertEquals(5, fastWriter.getQos().getOwnershipStrength().getValue());
        assertEquals(9, fastWriter.getQos().getTransportPriority().getValue());
        assertEquals(1, slowWriter.getQos().getOwnershipStrength().getValue());
        assertEquals(Duration.newDuration(1, TimeUnit.SECONDS, env), fastReader.getQos().getDeadline().getPeriod());
        assertEquals(Duration.newDuration(5, TimeUnit.SECONDS, env), slowReader.getQos().getDeadline().getPeriod());
    }

    @Test
    void nullNamesAreNamed() {
        Profiles.open(env, "omg/entities.xml", null);
        Topic<Sample> topic = participant.createTopic("T", Sample.class);
        DataWriter<Sample> writer = participant.createPublisher().createDataWriter(topic);
        assertEquals("qosLibraryName must not be null (use \"\" for a library-less profile)",
                assertThrows(IllegalArgumentException.class, () -> writer.setQos(null, "Tuned")).getMessage());
        assertEquals("qosProfileName must not be null",
                assertThrows(IllegalArgumentException.class, () -> topic.setQos("Entities", null)).getMessage());
    }
}
