package io.sirocco.idl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.TypeCodecs;
import io.sirocco.idl.testing.CompiledIdl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;

/**
 * A generated type works as a topic type with no registration: {@code createTopic(name, Type.class)}
 * finds the generated codec by name, the topic carries the IDL type name, and samples go through a
 * writer and a reader.
 */
class TopicIntegrationTest {

    @Test
    void generatedTypesAreTopicTypesWithoutRegistration() throws Exception {
        CompiledIdl compiled = CompiledIdl.folder("corpus");
        Class<?> type = compiled.javaClass("prim::KeyedLong");
        TypeCodec<?> codec = TypeCodecs.forClass(type);
        assertEquals("prim.KeyedLongCodec", codec.getClass().getName());
        assertEquals("prim::KeyedLong", codec.typeName());

        ServiceEnvironment env = ServiceEnvironment.createInstance(TopicIntegrationTest.class.getClassLoader());
        DomainParticipant participant = DomainParticipantFactory.getInstance(env).createParticipant(77);
        try {
            Topic<Object> topic = topic(participant, type);
            assertEquals("prim::KeyedLong", topic.getTypeName());
            DataWriter<Object> writer = participant.createPublisher().createDataWriter(topic);
            DataReader<Object> reader = participant.createSubscriber().createDataReader(topic);
            List<Object> written = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Object sample = type.getConstructor(int.class, double.class, String.class).newInstance(i, i * 1.5, "n" + i);
                writer.write(sample);
                written.add(sample);
            }
            int taken = 0;
            try (Sample.Iterator<Object> it = reader.take()) {
                while (it.hasNext()) {
                    Sample<Object> s = it.next();
                    assertTrue(written.contains(s.getData()), "unexpected " + s.getData());
                    taken++;
                }
            }
            assertEquals(3, taken);
        } finally {
            participant.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Topic<Object> topic(DomainParticipant participant, Class<?> type) {
        return participant.createTopic("IdlTopic", (Class<Object>) type);
    }
}
