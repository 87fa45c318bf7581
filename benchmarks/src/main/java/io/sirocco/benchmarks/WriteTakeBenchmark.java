package io.sirocco.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.io.IOException;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;
import org.omg.dds.sub.Subscriber;
import org.omg.dds.topic.Topic;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Write→take of a 64-byte keyed POJO between a writer and a reader of one JVM (the intra-process
 * path), on one thread: the cost of the DCPS layer itself. Run with {@code -prof gc} to see the
 * bytes allocated per sample ({@code gc.alloc.rate.norm}), which should be 0.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteTakeBenchmark {
    /** Number of instances (keys) the samples cycle through. */
    @Param({"1", "100"})
    int instances;

    private DomainParticipant participant;
    private DataWriter<KeyedSample> writer;
    private DataReader<KeyedSample> reader;
    private final KeyedSample sample = new KeyedSample();
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        ServiceEnvironment env = ServiceEnvironment.createInstance(WriteTakeBenchmark.class.getClassLoader());
        PolicyFactory policies = PolicyFactory.getPolicyFactory(env);
        participant = DomainParticipantFactory.getInstance(env).createParticipant(200);
        Topic<KeyedSample> topic = participant.createTopic("WriteTake", KeyedSample.class);
        Publisher publisher = participant.createPublisher();
        Subscriber subscriber = participant.createSubscriber();
        writer = publisher.createDataWriter(topic, publisher.getDefaultDataWriterQos()
                .withPolicy(policies.History().withKeepLast(1)));
        reader = subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(1024)));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        participant.closeContainedEntities();
        participant.close();
    }

    /** One write, then one loaned take: the strict per-sample round trip. */
    @Benchmark
    public int writeThenTake(Blackhole hole) throws TimeoutException, IOException {
        return writeAndTake(1, hole);
    }

    /** 64 writes, then one loaned take of all of them: the per-sample cost when takes batch. */
    @Benchmark
    @OperationsPerInvocation(64)
    public int write64ThenTake(Blackhole hole) throws TimeoutException, IOException {
        return writeAndTake(64, hole);
    }

    private int writeAndTake(int batch, Blackhole hole) throws TimeoutException, IOException {
        for (int i = 0; i < batch; i++) {
            sample.id = next % instances;
            sample.sequence = next++;
            sample.x = next;
            writer.write(sample);
        }
        int taken = 0;
        try (Sample.Iterator<KeyedSample> samples = reader.take()) {
            while (samples.hasNext()) {
                hole.consume(samples.next().getData().sequence);
                taken++;
            }
        }
        return taken;
    }
}
