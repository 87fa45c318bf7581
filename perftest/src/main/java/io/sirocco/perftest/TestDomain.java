package io.sirocco.perftest;

import io.sirocco.perftest.types.TestData_t;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * What both sides share: the participant in {@code -domain}, the three topics, a publisher and a
 * subscriber, and the QoS. Closing it closes every entity.
 *
 * @param <T> the test type ({@code TestData_t}, or {@code TestDataKeyed_t} with {@code -keyed})
 */
final class TestDomain<T> implements AutoCloseable {
    static final String THROUGHPUT = "Throughput";
    static final String LATENCY = "Latency";
    static final String ANNOUNCEMENT = "Announcement";

    final ServiceEnvironment env;
    final DomainParticipant participant;
    final Topic<T> throughput;
    final Topic<T> latency;
    final Topic<TestData_t> announcement;
    final Publisher publisher;
    final Subscriber subscriber;
    final TestQos qos;

    TestDomain(PerftestOptions options, TestType<T> type) {
        this.env = ServiceEnvironment.createInstance(TestDomain.class.getClassLoader());
        this.qos = new TestQos(env, options);
        this.participant = DomainParticipantFactory.getInstance(env).createParticipant(options.domain());
        try {
            this.throughput = participant.createTopic(THROUGHPUT, type.javaClass());
            this.latency = participant.createTopic(LATENCY, type.javaClass());
            this.announcement = participant.createTopic(ANNOUNCEMENT, TestData_t.class);
            this.publisher = participant.createPublisher();
            this.subscriber = participant.createSubscriber();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            participant.closeContainedEntities();
        } finally {
            participant.close();
        }
    }
}
