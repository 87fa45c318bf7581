package io.sirocco.benchmarks;

import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * Write→deliver→take of a 64-byte keyed POJO through the group engine over shared memory, in one
 * JVM (a one-member group: the writer's slot, the group thread's delivery into the reader's cache,
 * the take): the group path's own cost, without a second process. {@code consistency} EVENTUAL is
 * an accelerated topic (unordered delivery), ATOMIC the ordered one. Run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} covers every thread, the group thread included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
        "-Dsirocco.groupDiscoveryDelay=0", "-Dsirocco.rtps=false"})
public class GroupTopicBenchmark {
    @Param({"EVENTUAL", "ATOMIC"})
    ConsistencyKind consistency;

    private DomainParticipant participant;
    private DataWriter<KeyedSample> writer;
    private DataReader<KeyedSample> reader;
    private final KeyedSample sample = new KeyedSample();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        ServiceEnvironment env = ServiceEnvironment.createInstance(GroupTopicBenchmark.class.getClassLoader());
        PolicyFactory policies = PolicyFactory.getPolicyFactory(env);
        participant = DomainParticipantFactory.getInstance(env).createParticipant(201);
        Topic<KeyedSample> topic = participant.createTopic("GroupTopic", KeyedSample.class);
        Publisher publisher = participant.createPublisher();
        Subscriber subscriber = participant.createSubscriber();
        Acceleration accelerated = Acceleration.of(env, AccelerationKind.REQUIRED);
        Consistency kind = Consistency.of(env, consistency);
        writer = publisher.createDataWriter(topic, publisher.getDefaultDataWriterQos()
                .withPolicies(policies.History().withKeepLast(1), accelerated, kind));
        reader = subscriber.createDataReader(topic, subscriber.getDefaultDataReaderQos().withPolicies(
                policies.Reliability().withReliable(), policies.History().withKeepLast(1024), accelerated, kind));
        while (reader.getSubscriptionMatchedStatus().getCurrentCount() < 1) {
            Thread.sleep(10);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        participant.closeContainedEntities();
        participant.close();
    }

    /** 64 writes, then takes until all 64 arrived: per-sample throughput of the whole path. */
    @Benchmark
    @OperationsPerInvocation(64)
    public int write64ThenTake(Blackhole hole) throws TimeoutException, IOException {
        for (int i = 0; i < 64; i++) {
            sample.id = next % 100;
            sample.sequence = next++;
            writer.write(sample);
        }
        int taken = 0;
        while (taken < 64) {
            try (Sample.Iterator<KeyedSample> samples = reader.take()) {
                while (samples.hasNext()) {
                    hole.consume(samples.next().getData().sequence);
                    taken++;
                }
            }
            Thread.onSpinWait();
        }
        return taken;
    }
}
