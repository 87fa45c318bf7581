package io.sirocco.rtps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.ParticipantBuiltinTopicData;
import org.omg.dds.topic.PublicationBuiltinTopicData;
import org.omg.dds.topic.SubscriptionBuiltinTopicData;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicBuiltinTopicData;

/** What one participant learns about another over RTPS, as the built-in topics show it. */
class RemoteDiscoveryTest extends RtpsFixture {

    private static <T> boolean alive(DataReader<T> reader, Predicate<T> test) {
        for (Sample<T> sample : reader.read(new ArrayList<>())) {
            if (sample.getData() != null && sample.getInstanceState() == InstanceState.ALIVE
                    && test.test(sample.getData())) {
                return true;
            }
        }
        return false;
    }

    private static <T> boolean gone(DataReader<T> reader, Predicate<T> test) {
        List<Sample<T>> samples = reader.read(new ArrayList<>());
        InstanceState last = null;
        for (Sample<T> sample : samples) {
            if (sample.getData() != null && test.test(sample.getData())) {
                last = sample.getInstanceState();
            }
        }
        return last != null && last != InstanceState.ALIVE;
    }

    @Test
    void remoteParticipantTopicAndEndpointsAppearInBuiltinTopicsAndGoWhenItCloses() {
        byte[] userData = "remote".getBytes(StandardCharsets.UTF_8);
        DomainParticipant remote = factory.createParticipant(domainId,
                factory.getDefaultParticipantQos().withPolicy(policies.UserData().withValue(userData, 0, userData.length)),
                null);
        DomainParticipant local = newParticipant();
        Subscriber builtin = local.getBuiltinSubscriber();
        DataReader<ParticipantBuiltinTopicData> participants = builtin.lookupDataReader("DCPSParticipant");
        DataReader<TopicBuiltinTopicData> topics = builtin.lookupDataReader("DCPSTopic");
        DataReader<PublicationBuiltinTopicData> publications = builtin.lookupDataReader("DCPSPublication");
        DataReader<SubscriptionBuiltinTopicData> subscriptions = builtin.lookupDataReader("DCPSSubscription");

        byte[] topicData = "about shapes".getBytes(StandardCharsets.UTF_8);
        Topic<Shape> topic = remote.createTopic("Announced", Shape.class,
                remote.getDefaultTopicQos().withPolicy(policies.TopicData().withValue(topicData, 0, topicData.length)),
                null, List.of());
        Publisher publisher = remote.createPublisher(remote.getDefaultPublisherQos()
                .withPolicy(policies.Partition().withName("p1")));
        DataWriter<Shape> writer = publisher.createDataWriter(topic);
        DataReader<Shape> reader = remote.createSubscriber().createDataReader(topic);

        eventually(10, "the remote participant with its user data", () -> alive(participants,
                p -> Arrays.equals(p.getUserData().getValue(), userData)));
        eventually(10, "the remote topic with its topic data", () -> alive(topics,
                t -> t.getName().equals("Announced") && Arrays.equals(t.getTopicData().getValue(), topicData)));
        eventually(10, "the remote writer in its partition", () -> alive(publications,
                p -> p.getTopicName().equals("Announced") && p.getPartition().getName().contains("p1")));
        eventually(10, "the remote reader", () -> alive(subscriptions, s -> s.getTopicName().equals("Announced")));
        assertEquals(1, local.getDiscoveredTopics().stream().filter(h -> {
            TopicBuiltinTopicData d = local.getDiscoveredTopicData(h);
            return d.getName().equals("Announced");
        }).count());

        writer.close();
        eventually(10, "the closed writer leaves DCPSPublication",
                () -> gone(publications, p -> p.getTopicName().equals("Announced")));
        remote.close();
        eventually(10, "the closed participant leaves DCPSParticipant", () -> gone(participants,
                p -> Arrays.equals(p.getUserData().getValue(), userData)));
        eventually(10, "its topic leaves DCPSTopic", () -> gone(topics, t -> t.getName().equals("Announced")));
        eventually(10, "its reader leaves DCPSSubscription",
                () -> gone(subscriptions, s -> s.getTopicName().equals("Announced")));
    }
}
