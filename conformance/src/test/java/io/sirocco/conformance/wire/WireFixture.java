package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * What the over-the-wire tests share: Sirocco participants on RTPS (loopback, unicast discovery,
 * as the surefire execution configures), a domain per test so that tests never see each other's
 * traffic, and polling helpers.
 */
abstract class WireFixture {
    private static final java.util.random.RandomGenerator RANDOM = new java.security.SecureRandom();

    protected ServiceEnvironment env;
    protected PolicyFactory policies;
    protected DomainParticipantFactory factory;
    protected int domainId;
    private final List<DomainParticipant> participants = new ArrayList<>();
    private final List<PeerProcess> peers = new ArrayList<>();

    /**
     * RTPS on, and only on loopback: unicast discovery to 127.0.0.1, no multicast. Set here as well
     * as in the surefire execution, so that a test run on its own ({@code -Dtest=...}) behaves the same.
     */
    @BeforeAll
    static void loopbackOnly() {
        System.setProperty("sirocco.rtps", "true");
        System.setProperty("sirocco.interfaces", "lo");
        System.setProperty("sirocco.peers", "127.0.0.1");
        System.setProperty("sirocco.multicast", "false");
    }

    @BeforeEach
    void environment() {
        env = ServiceEnvironment.createInstance(WireFixture.class.getClassLoader());
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

    /** Keeps {@code peer} to be killed after the test if it is still running. */
    protected PeerProcess track(PeerProcess peer) {
        peers.add(peer);
        return peer;
    }

    @AfterEach
    void closeEverything() {
        for (PeerProcess peer : peers) {
            peer.close();
        }
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

    /**
     * Asserts that a subscribing peer ({@code shape_peer} or {@link SiroccoPeer}) printed exactly the
     * samples {@code color} 0 to {@code count - 1} of {@code size} payload bytes, in that order.
     */
    protected static void assertReceivedInOrder(PeerProcess subscriber, String color, int count, int size) {
        List<String> expected = new ArrayList<>();
        for (int x = 0; x < count; x++) {
            expected.add("sample " + color + " " + x + " " + size);
        }
        assertEquals(expected, subscriber.output().lines().filter(line -> line.startsWith("sample ")).toList(),
                subscriber::output);
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
