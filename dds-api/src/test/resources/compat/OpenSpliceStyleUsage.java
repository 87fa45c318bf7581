import java.util.Collection;
import org.omg.dds.core.Entity;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.StatusCondition;
import org.omg.dds.core.policy.DataRepresentation;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.EntityFactory;
import org.omg.dds.core.policy.Partition;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.policy.TopicData;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.domain.DomainParticipantFactoryQos;
import org.omg.dds.domain.DomainParticipantListener;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterListener;
import org.omg.dds.pub.Publisher;
import org.omg.dds.pub.PublisherListener;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderListener;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.sub.SubscriberListener;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.MultiTopic;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicListener;
import org.omg.dds.type.TypeSupport;
import org.omg.dds.type.dynamic.DynamicType;

/**
 * Code in the style of OpenSplice Java 5 applications: it calls every member that OpenSplice's
 * org.omg.dds adds to the OMG jar. OpenSpliceAdditionsTest compiles it against dds-api; it is
 * never run.
 */
@SuppressWarnings("unused")
class OpenSpliceStyleUsage {
    static final class Msg {
    }

    void entities(DomainParticipantFactory factory, PolicyFactory policies, TypeSupport<Msg> msgType,
            DynamicType dynamicType, TypeSupport<DynamicType> dynamicSupport) {
        DomainParticipantListener participantListener = null;
        DomainParticipant participant = factory.createParticipant(0, factory.getDefaultParticipantQos(),
                participantListener, DataAvailableStatus.class, PublicationMatchedStatus.class);
        DomainParticipantFactoryQos factoryQos = factory.getQos()
                .withPolicy(policies.EntityFactory().withAutoEnableCreatedEntities(false));
        factoryQos = factoryQos.withPolicies(policies.EntityFactory());

        TopicListener<Msg> topicListener = null;
        Topic<Msg> topic = participant.createTopic("Msg", Msg.class, participant.getDefaultTopicQos(),
                topicListener, DataAvailableStatus.class);
        Topic<Msg> topic2 = participant.createTopic("Msg2", msgType, participant.getDefaultTopicQos(),
                topicListener);
        TopicListener<DynamicType> dynamicListener = null;
        Topic<DynamicType> dynamic = participant.createTopic("Dyn", dynamicType,
                participant.getDefaultTopicQos(), dynamicListener, DataAvailableStatus.class);
        Topic<DynamicType> dynamic2 = participant.createTopic("Dyn2", dynamicType, dynamicSupport,
                participant.getDefaultTopicQos(), dynamicListener);

        ContentFilteredTopic<Msg> filtered = participant.createContentFilteredTopic("Filtered", topic,
                "x > %0 AND y < %1", "1", "2");
        filtered.setExpressionParameters("3", "4");
        MultiTopic<Msg> multi = participant.createMultiTopic("Multi", Msg.class, "SELECT * FROM Msg", "a");
        MultiTopic<Msg> multi2 = participant.createMultiTopic("Multi2", msgType, "SELECT * FROM Msg");
        multi.setExpressionParameters("b", "c");

        PublisherListener publisherListener = null;
        Publisher publisher = participant.createPublisher(participant.getDefaultPublisherQos(),
                publisherListener, PublicationMatchedStatus.class);
        SubscriberListener subscriberListener = null;
        Subscriber subscriber = participant.createSubscriber(participant.getDefaultSubscriberQos(),
                subscriberListener, SubscriptionMatchedStatus.class);

        DataWriterListener<Msg> writerListener = null;
        DataWriter<Msg> writer = publisher.createDataWriter(topic, publisher.getDefaultDataWriterQos(),
                writerListener, PublicationMatchedStatus.class);
        DataReaderListener<Msg> readerListener = null;
        DataReader<Msg> reader = subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos(),
                readerListener, DataAvailableStatus.class, SubscriptionMatchedStatus.class);

        Collection<DataReader<?>> all = subscriber.getDataReaders();
        Collection<DataReader<?>> withData = subscriber.getDataReaders(subscriber.createDataState()
                .withAnySampleState().withAnyViewState().withAnyInstanceState());

        QueryCondition<Msg> query = reader.createQueryCondition("x = %0", "5");
        QueryCondition<Msg> query2 = reader.createQueryCondition(subscriber.createDataState().withAnySampleState(),
                "x = %0", "6");
        query.setQueryParameters("7");
        DataReader.Selector<Msg> selector = reader.select().Content("x = %0", "8");

        InstanceHandle handle = writer.getInstanceHandle();
        Msg key = reader.getKeyValue(handle);
        DataReaderQos readerQos = reader.getQos();
        Reliability reliability = readerQos.getReliability();

        Entity<DataReaderListener<Msg>, DataReaderQos> entity = reader;
        entity.setListener(readerListener, DataAvailableStatus.class);
        StatusCondition<DataReader<Msg>> condition = reader.getStatusCondition();
        condition.setEnabledStatuses(DataAvailableStatus.class, SubscriptionMatchedStatus.class);
    }

    void policies(PolicyFactory policies) {
        Durability persistent = policies.Durability().withPersistent();
        Durability omgSpelling = policies.Durability().withPersitent();
        Partition one = policies.Partition().withName("A");
        Partition many = policies.Partition().withName("A", "B*");
        DataRepresentation representation = policies.DataRepresentation();
        Presentation presentation = policies.Presentation();
        TopicData topicData = policies.TopicData();
        EntityFactory entityFactory = policies.EntityFactory();
    }

    void samples(Sample<Msg> sample) {
        // OpenSplice declares InstanceHandle; the OMG jar's ModifiableInstanceHandle is a subtype.
        InstanceHandle instance = sample.getInstanceHandle();
        InstanceHandle publication = sample.getPublicationHandle();
    }
}
