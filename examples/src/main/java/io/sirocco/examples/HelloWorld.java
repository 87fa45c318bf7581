package io.sirocco.examples;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.WaitSet;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.ReadCondition;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * Publishes a few greetings and reads them back, using nothing but the OMG DDS Java 5 API: a
 * reliable, TRANSIENT_LOCAL topic, a writer, a reader created after the writer (a late joiner,
 * which still gets the history), a WaitSet, and loaned takes.
 *
 * <p>Usage: {@code ./sirocco [count]} (default 5 greetings per sender).
 */
public final class HelloWorld {
    private HelloWorld() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? parseCount(args[0]) : 5;
        ServiceEnvironment env = ServiceEnvironment.createInstance(HelloWorld.class.getClassLoader());
        DomainParticipantFactory factory = DomainParticipantFactory.getInstance(env);
        DomainParticipant participant = factory.createParticipant(0);
        try {
            PolicyFactory policies = PolicyFactory.getPolicyFactory(env);
            Topic<Greeting> topic = participant.createTopic("HelloWorld", Greeting.class);

            Publisher publisher = participant.createPublisher();
            DataWriterQos writerQos = publisher.getDefaultDataWriterQos().withPolicies(
                    policies.Durability().withTransientLocal(),
                    policies.History().withKeepLast(count));
            DataWriter<Greeting> writer = publisher.createDataWriter(topic, writerQos);
            for (String sender : List.of("alice", "bob")) {
                for (int i = 1; i <= count; i++) {
                    writer.write(new Greeting(sender, i, "Hello from " + sender));
                }
            }

            Subscriber subscriber = participant.createSubscriber();
            DataReaderQos readerQos = subscriber.getDefaultDataReaderQos().withPolicies(
                    policies.Reliability().withReliable(),
                    policies.Durability().withTransientLocal(),
                    policies.History().withKeepLast(count));
            DataReader<Greeting> reader = subscriber.createDataReader(topic, readerQos);

            WaitSet waitSet = WaitSet.newWaitSet(env);
            ReadCondition<Greeting> anyData = reader.createReadCondition(subscriber.createDataState()
                    .withAnySampleState().withAnyViewState().withAnyInstanceState());
            waitSet.attachCondition(anyData);
            waitSet.waitForConditions(5, TimeUnit.SECONDS);

            int received = 0;
            try (Sample.Iterator<Greeting> samples = reader.take()) {
                while (samples.hasNext()) {
                    Sample<Greeting> sample = samples.next();
                    System.out.println("received " + sample.getData() + "  [" + sample.getInstanceState() + ", "
                            + sample.getViewState() + "]");
                    received++;
                }
            }
            System.out.println("HelloWorld: " + received + " of " + 2 * count + " greetings delivered by Sirocco");
            waitSet.detachCondition(anyData);
        } finally {
            participant.closeContainedEntities();
            participant.close();
        }
    }

    private static int parseCount(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            System.err.println("count must be a positive integer, got \"" + text + "\"\nusage: ./sirocco [count]");
            System.exit(2);
            return 0;
        }
    }
}
