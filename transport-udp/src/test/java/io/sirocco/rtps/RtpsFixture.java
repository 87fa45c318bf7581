package io.sirocco.rtps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.Sample;

/**
 * Participants of one JVM that talk only over RTPS on loopback ({@code sirocco.intraProcess=false}),
 * as separate processes would; each test class gets domains of its own.
 */
public abstract class RtpsFixture {
    private static final java.util.random.RandomGenerator RANDOM = new java.security.SecureRandom();

    protected ServiceEnvironment env;
    protected PolicyFactory policies;
    protected DomainParticipantFactory factory;
    protected int domainId;
    private final List<DomainParticipant> participants = new ArrayList<>();

    @BeforeAll
    static void wireOnly() {
        System.setProperty("sirocco.intraProcess", "false");
    }

    @AfterAll
    static void restore() {
        System.clearProperty("sirocco.intraProcess");
    }

    @BeforeEach
    void environment() {
        env = ServiceEnvironment.createInstance(RtpsFixture.class.getClassLoader());
        policies = PolicyFactory.getPolicyFactory(env);
        factory = DomainParticipantFactory.getInstance(env);
        // A random domain per test (RTPS allows 0..232): concurrent runs on one machine rarely meet.
        domainId = 1 + RANDOM.nextInt(231);
    }

    protected DomainParticipant newParticipant() {
        DomainParticipant created = factory.createParticipant(domainId);
        participants.add(created);
        return created;
    }

    @AfterEach
    void closeEverything() {
        for (DomainParticipant p : participants) {
            try {
                p.close();
            } catch (RuntimeException e) {
                // already closed by the test
            }
        }
    }

    /** Takes everything the reader has; returns copies of the valid samples' data, in order. */
    protected static <T> List<T> takeData(DataReader<T> reader) {
        List<T> data = new ArrayList<>();
        for (Sample<T> sample : reader.take(new ArrayList<>())) {
            if (sample.getData() != null) {
                data.add(sample.getData());
            }
        }
        return data;
    }

    /** Polls {@code condition} until it holds or {@code seconds} pass; fails with {@code what}. */
    protected static void eventually(double seconds, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + seconds + " s waiting for: " + what);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }
}
