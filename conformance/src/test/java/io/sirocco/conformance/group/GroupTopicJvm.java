package io.sirocco.conformance.group;

import io.sirocco.conformance.wire.KeyedSeq;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.core.policy.QosPolicy;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;

/**
 * A process with a writer and/or a reader of a group topic (KeyedSeq; key = id * 100 + seq % instances),
 * driven over stdin/stdout by {@link GroupTopicProcessesTest}:
 *
 * <pre>
 * args: domain topic id role(pub|sub|pubsub) consistency(atomic|eventual) acceleration(none|required)
 *       durability(volatile|tl) depth(0 = KEEP_ALL) count instances expectedWriters expectedReaders out-file
 * prints: READY            its writer matched expectedReaders readers and its reader expectedWriters writers
 * stdin:  GO               write count samples (seq 0..count-1)
 * prints: RECEIVED n       every 100 ms while the count changes
 *         WRITERS n t      the reader's matched writers changed to n at t (ms since the epoch)
 * stdin:  DUMP             write what the reader received, "key seq" per line, to out-file; prints DUMPED n
 * stdin:  EXIT             close and exit 0
 * </pre>
 */
public final class GroupTopicJvm {

    private GroupTopicJvm() {
    }

    public static void main(String[] a) throws Exception {
        int domain = Integer.parseInt(a[0]);
        String topicName = a[1];
        int id = Integer.parseInt(a[2]);
        String role = a[3];
        boolean atomic = a[4].equals("atomic");
        boolean accelerated = a[5].equals("required");
        boolean durable = a[6].equals("tl");
        int depth = Integer.parseInt(a[7]);
        int count = Integer.parseInt(a[8]);
        int instances = Integer.parseInt(a[9]);
        int expectedWriters = Integer.parseInt(a[10]);
        int expectedReaders = Integer.parseInt(a[11]);
        Path out = Path.of(a[12]);

        ServiceEnvironment env = ServiceEnvironment.createInstance(GroupTopicJvm.class.getClassLoader());
        DomainParticipant participant = DomainParticipantFactory.getInstance(env).createParticipant(domain);
        PolicyFactory policies = PolicyFactory.getPolicyFactory(env);
        Topic<KeyedSeq> topic = participant.createTopic(topicName, KeyedSeq.class);
        List<QosPolicy.ForDataWriter> w = new ArrayList<>(List.of(policies.Reliability().withReliable(),
                depth == 0 ? policies.History().withKeepAll() : policies.History().withKeepLast(depth),
                durable ? policies.Durability().withTransientLocal() : policies.Durability().withVolatile(),
                Consistency.of(env, atomic ? ConsistencyKind.ATOMIC : ConsistencyKind.EVENTUAL),
                Acceleration.of(env, accelerated ? AccelerationKind.REQUIRED : AccelerationKind.NONE)));
        List<QosPolicy.ForDataReader> r = new ArrayList<>();
        for (QosPolicy.ForDataWriter p : w) {
            r.add((QosPolicy.ForDataReader) p);
        }
        Publisher publisher = participant.createPublisher();
        Subscriber subscriber = participant.createSubscriber();
        DataWriter<KeyedSeq> writer = role.contains("pub") ? publisher.createDataWriter(topic,
                publisher.getDefaultDataWriterQos().withPolicies(w.toArray(QosPolicy.ForDataWriter[]::new))) : null;
        DataReader<KeyedSeq> reader = role.contains("sub") ? subscriber.createDataReader(topic,
                subscriber.getDefaultDataReaderQos().withPolicies(r.toArray(QosPolicy.ForDataReader[]::new))) : null;

        List<long[]> received = new ArrayList<>();
        Thread readerThread = new Thread(() -> read(reader, received), "reader");
        readerThread.setDaemon(true);
        while ((writer != null && writer.getPublicationMatchedStatus().getCurrentCount() < expectedReaders)
                || (reader != null && reader.getSubscriptionMatchedStatus().getCurrentCount() < expectedWriters)) {
            Thread.sleep(5);
        }
        readerThread.start();
        System.out.println("READY");
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null; ) {
            switch (line.strip()) {
                case "GO" -> {
                    Thread sender = new Thread(() -> write(writer, id, count, instances), "writer");
                    sender.setDaemon(true);
                    sender.start();
                }
                case "DUMP" -> {
                    StringBuilder text = new StringBuilder();
                    int n;
                    synchronized (received) {
                        n = received.size();
                        for (long[] e : received) {
                            text.append(e[0]).append(' ').append(e[1]).append('\n');
                        }
                    }
                    Files.writeString(out, text);
                    System.out.println("DUMPED " + n);
                }
                case "EXIT" -> {
                    participant.close();
                    System.exit(0);
                }
                default -> System.out.println("unknown command " + line);
            }
        }
    }

    private static void write(DataWriter<KeyedSeq> writer, int id, int count, int instances) {
        try {
            KeyedSeq s = new KeyedSeq(0, id, new byte[16]);
            for (int i = 0; i < count; i++) {
                s.seq = i;
                s.keyval = id * 100 + i % instances;
                writer.write(s);
            }
            System.out.println("WROTE " + count);
        } catch (Exception e) {
            System.out.println("WRITE FAILED " + e);
        }
    }

    private static void read(DataReader<KeyedSeq> reader, List<long[]> received) {
        if (reader == null) {
            return;
        }
        int writers = reader.getSubscriptionMatchedStatus().getCurrentCount();
        long lastReport = 0;
        int reported = -1;
        while (true) {
            Sample.Iterator<KeyedSeq> it = reader.take();
            int n;
            synchronized (received) {
                while (it.hasNext()) {
                    KeyedSeq d = it.next().getData();
                    if (d != null) {
                        received.add(new long[] {d.keyval, d.seq});
                    }
                }
                n = received.size();
            }
            try {
                it.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int now = reader.getSubscriptionMatchedStatus().getCurrentCount();
            if (now != writers) {
                writers = now;
                System.out.println("WRITERS " + now + " " + System.currentTimeMillis());
            }
            if (n != reported && System.nanoTime() - lastReport > TimeUnit.MILLISECONDS.toNanos(100)) {
                reported = n;
                lastReport = System.nanoTime();
                System.out.println("RECEIVED " + n);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
