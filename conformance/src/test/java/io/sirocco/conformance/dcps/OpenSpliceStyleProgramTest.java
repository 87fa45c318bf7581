package io.sirocco.conformance.dcps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceConfigurationException;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.event.DataAvailableEvent;
import org.omg.dds.core.event.PublicationMatchedEvent;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.Presentation;
import org.omg.dds.core.policy.Reliability;
import org.omg.dds.core.status.DataAvailableStatus;
import org.omg.dds.core.status.InconsistentTopicStatus;
import org.omg.dds.core.status.PublicationMatchedStatus;
import org.omg.dds.core.status.SubscriptionMatchedStatus;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantAdapter;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterAdapter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderAdapter;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.QueryCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.ContentFilteredTopic;
import org.omg.dds.topic.Topic;
import org.omg.dds.topic.TopicAdapter;
import org.omg.dds.topic.TopicQos;

/**
 * A program written for OpenSplice's Java 5 API runs unchanged: it names OpenSplice's environment
 * class, which is not on the class path, and gets Sirocco's (the bootstrap fallback of
 * {@link ServiceEnvironment}); it then uses the overloads only OpenSplice declares.
 */
class OpenSpliceStyleProgramTest extends DcpsFixture {
    private static final String OSPL_ENVIRONMENT = "org.opensplice.dds.core.OsplServiceEnvironment";
    private static final String FALLBACK_SWITCH = "sirocco.serviceFallback";

    private String savedImplementation;
    private String savedFallback;

    @BeforeEach
    void nameOpenSplicesEnvironment() {
        savedImplementation = System.getProperty(ServiceEnvironment.IMPLEMENTATION_CLASS_NAME_PROPERTY);
        savedFallback = System.getProperty(FALLBACK_SWITCH);
        System.clearProperty(FALLBACK_SWITCH);
        System.setProperty(ServiceEnvironment.IMPLEMENTATION_CLASS_NAME_PROPERTY, OSPL_ENVIRONMENT);
    }

    @AfterEach
    void restoreProperties() {
        restore(ServiceEnvironment.IMPLEMENTATION_CLASS_NAME_PROPERTY, savedImplementation);
        restore(FALLBACK_SWITCH, savedFallback);
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    @Test
    void namingOpenSplicesEnvironmentGivesSiroccos() {
        ServiceEnvironment ospl = ServiceEnvironment.createInstance(getClass().getClassLoader());
        assertTrue(ospl.getClass().getName().startsWith("io.sirocco."), ospl.getClass().getName());
        assertEquals(env.getClass(), ospl.getClass());
        assertEquals(ospl, DomainParticipantFactory.getInstance(ospl).getEnvironment());

        System.setProperty(FALLBACK_SWITCH, "false");
        ServiceConfigurationException refused = assertThrows(ServiceConfigurationException.class,
                () -> ServiceEnvironment.createInstance(getClass().getClassLoader()));
        assertTrue(refused.getMessage().contains(OSPL_ENVIRONMENT), refused.getMessage());
    }

    @Test
    void anOpenSpliceStyleProgramPublishesAndSubscribes() throws Exception {
        ServiceEnvironment ospl = ServiceEnvironment.createInstance(getClass().getClassLoader());
        DomainParticipantFactory dpf = DomainParticipantFactory.getInstance(ospl);
        PolicyFactory pf = PolicyFactory.getPolicyFactory(ospl);

        DomainParticipant dp = dpf.createParticipant(domainId, dpf.getDefaultParticipantQos(),
                new DomainParticipantAdapter() {
                }, InconsistentTopicStatus.class);
        try {
            assertEquals(pf.Durability().withPersitent(), pf.Durability().withPersistent(),
                    "OpenSplice's spelling and the OMG jar's mean the same");
            TopicQos topicQos = dp.getDefaultTopicQos().withPolicies(pf.Durability().withPersistent(),
                    pf.Reliability().withReliable(), pf.History().withKeepLast(10));
            Topic<Shape> topic = dp.createTopic("OsplShapes", Shape.class, topicQos, new TopicAdapter<>() {
            }, InconsistentTopicStatus.class);

            Presentation ordered = pf.Presentation().withTopic().withOrderedAccess(true);
            Publisher pub = dp.createPublisher(dp.getDefaultPublisherQos().withPolicies(
                    pf.Partition().withName("ospl", "demo"), ordered), null, PublicationMatchedStatus.class);
            CountDownLatch matched = new CountDownLatch(1);
            DataWriter<Shape> writer = pub.createDataWriter(topic,
                    pub.copyFromTopicQos(pub.getDefaultDataWriterQos(), topic.getQos()),
                    new DataWriterAdapter<>() {
                        @Override
                        public void onPublicationMatched(PublicationMatchedEvent<Shape> event) {
                            matched.countDown();
                        }
                    }, PublicationMatchedStatus.class);
            // Written before any reader exists: PERSISTENT durability keeps them for late joiners.
            writer.write(Shape.of("RED", 1));
            writer.write(Shape.of("RED", 2));
            writer.write(Shape.of("RED", 3));
            writer.write(Shape.of("BLUE", 4));

            Subscriber sub = dp.createSubscriber(dp.getDefaultSubscriberQos().withPolicies(
                    pf.Partition().withName("demo"), ordered), null, DataAvailableStatus.class);
            ContentFilteredTopic<Shape> filtered = dp.createContentFilteredTopic("OsplBigShapes", topic,
                    "x >= %0", "2");
            DataReaderQos readerQos = sub.copyFromTopicQos(sub.getDefaultDataReaderQos(), topic.getQos());
            assertEquals(Reliability.Kind.RELIABLE, readerQos.getReliability().getKind());
            assertEquals(Durability.Kind.PERSISTENT, readerQos.getDurability().getKind());
            CountDownLatch dataAvailable = new CountDownLatch(1);
            DataReader<Shape> reader = sub.createDataReader(filtered, readerQos, new DataReaderAdapter<>() {
                @Override
                public void onDataAvailable(DataAvailableEvent<Shape> event) {
                    dataAvailable.countDown();
                }
            }, DataAvailableStatus.class, SubscriptionMatchedStatus.class);

            assertTrue(matched.await(10, TimeUnit.SECONDS), "the writer's listener heard of the match");
            eventually(10, "the late joiner to get the filtered history",
                    () -> reader.read(new ArrayList<>()).size() == 3);
            Collection<DataReader<?>> readers = sub.getDataReaders();
            assertEquals(List.of(reader), List.copyOf(readers));

            QueryCondition<Shape> three = reader.createQueryCondition("x = %0", "3");
            three.setQueryParameters("2");
            assertEquals(List.of("2"), three.getQueryParameters());
            assertTrue(three.getTriggerValue(), "a sample with x = 2 is there");
            try (Sample.Iterator<Shape> samples = reader.select().Content("color = %0", "BLUE").read()) {
                Sample<Shape> blue = samples.next();
                InstanceHandle instance = blue.getInstanceHandle();
                assertEquals("BLUE", reader.getKeyValue(instance).color);
                InstanceHandle publication = blue.getPublicationHandle();
                assertEquals(writer.getInstanceHandle(), publication);
                assertTrue(!samples.hasNext(), "only BLUE matches the content query");
            }
            List<Sample<Shape>> two = reader.read(new ArrayList<>(), reader.select().dataState(
                    sub.createDataState().withAnySampleState().withAnyViewState().withAnyInstanceState())
                    .Content("x = %0", "2"));
            assertEquals(1, two.size());
            assertEquals(2, two.get(0).getData().x);
            reader.take(new ArrayList<>());

            // Live data, with the filter moved by String... parameters, waited for on a WaitSet.
            filtered.setExpressionParameters("10");
            CountDownLatch moreData = new CountDownLatch(1);
            reader.setListener(new DataReaderAdapter<>() {
                @Override
                public void onDataAvailable(DataAvailableEvent<Shape> event) {
                    moreData.countDown();
                }
            }, DataAvailableStatus.class);
            reader.getStatusCondition().setEnabledStatuses(SubscriptionMatchedStatus.class,
                    DataAvailableStatus.class);
            assertEquals(java.util.Set.of(SubscriptionMatchedStatus.class, DataAvailableStatus.class),
                    reader.getStatusCondition().getEnabledStatuses());
            // The listener consumes DATA_AVAILABLE, so the WaitSet waits for the samples themselves.
            org.omg.dds.sub.ReadCondition<Shape> notRead = reader.createReadCondition(sub.createDataState()
                    .with(org.omg.dds.sub.SampleState.NOT_READ).withAnyViewState().withAnyInstanceState());
            WaitSet waitSet = WaitSet.newWaitSet(ospl);
            waitSet.attachCondition(notRead);
            writer.write(Shape.of("GREEN", 5)); // filtered out now
            writer.write(Shape.of("GREEN", 50));
            waitSet.waitForConditions(10, TimeUnit.SECONDS);
            assertTrue(moreData.await(10, TimeUnit.SECONDS));
            List<Sample<Shape>> live = reader.take(new ArrayList<>());
            assertEquals(List.of(50), live.stream().map(s -> s.getData().x).toList());
            assertTrue(dataAvailable.getCount() == 0, "the first listener heard of the history");
            waitSet.detachCondition(notRead);
        } finally {
            dp.closeContainedEntities();
            dp.close();
        }
    }
}
