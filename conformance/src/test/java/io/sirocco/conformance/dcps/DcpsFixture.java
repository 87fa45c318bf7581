package io.sirocco.conformance.dcps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriterQos;
import org.omg.dds.pub.Publisher;
import org.omg.dds.sub.DataReaderQos;
import org.omg.dds.sub.Subscriber;

/**
 * What every single-JVM DCPS test needs: an environment found the way applications find it, a
 * participant on a domain no other test class uses, and clean-up of everything created.
 */
public abstract class DcpsFixture {
    private static final AtomicInteger NEXT_DOMAIN = new AtomicInteger(100);

    protected ServiceEnvironment env;
    protected PolicyFactory policies;
    protected DomainParticipantFactory factory;
    protected DomainParticipant participant;
    protected Publisher publisher;
    protected Subscriber subscriber;
    protected int domainId;
    private final List<DomainParticipant> participants = new ArrayList<>();

    @BeforeEach
    void createParticipant() {
        env = ServiceEnvironment.createInstance(DcpsFixture.class.getClassLoader());
        policies = PolicyFactory.getPolicyFactory(env);
        factory = DomainParticipantFactory.getInstance(env);
        domainId = 100 + Math.floorMod(NEXT_DOMAIN.getAndIncrement(), 130);
        participant = newParticipant();
        publisher = participant.createPublisher();
        subscriber = participant.createSubscriber();
    }

    /** Another participant in the same domain, closed after the test. */
    protected DomainParticipant newParticipant() {
        DomainParticipant created = factory.createParticipant(domainId);
        participants.add(created);
        return created;
    }

    /** Another participant in the same domain with the given QoS, closed after the test. */
    protected DomainParticipant newParticipant(org.omg.dds.domain.DomainParticipantQos qos) {
        DomainParticipant created = factory.createParticipant(domainId, qos, null);
        participants.add(created);
        return created;
    }

    @AfterEach
    void closeEverything() {
        for (DomainParticipant p : participants) {
            try {
                p.close();
            } catch (RuntimeException e) {
                // Tests that close entities themselves may leave nothing to close.
            }
        }
    }

    protected DataWriterQos writerQos(org.omg.dds.core.policy.QosPolicy.ForDataWriter... changes) {
        return publisher.getDefaultDataWriterQos().withPolicies(changes);
    }

    protected DataReaderQos readerQos(org.omg.dds.core.policy.QosPolicy.ForDataReader... changes) {
        return subscriber.getDefaultDataReaderQos().withPolicies(changes);
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
