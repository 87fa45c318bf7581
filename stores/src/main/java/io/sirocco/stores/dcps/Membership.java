package io.sirocco.stores.dcps;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.omg.dds.core.InstanceHandle;
import org.omg.dds.core.ServiceEnvironment;
import org.omg.dds.core.policy.PolicyFactory;
import org.omg.dds.domain.DomainParticipant;
import org.omg.dds.domain.DomainParticipantFactory;
import org.omg.dds.pub.DataWriter;
import org.omg.dds.sub.DataReader;
import org.omg.dds.sub.InstanceState;
import org.omg.dds.sub.Sample;
import org.omg.dds.topic.Topic;
import org.omg.dds.type.builtin.KeyedBytes;

/**
 * The membership topic of one domain in this JVM: a participant of Sirocco's own, a reliable,
 * TRANSIENT_LOCAL, KEEP_LAST 1 {@link KeyedBytes} topic, one instance per record (member records
 * {@code M|...}, snapshots {@code S|...}). It travels like any topic (RTPS between processes), so
 * group members find each other with the domain's ordinary discovery, and a process that dies takes
 * its records with it when its participant's lease ends.
 *
 * <p>All calls come from the domain's membership thread; {@code changed} is called there too.
 */
final class Membership implements AutoCloseable {

    /** The topic's name; the leading underscores keep it out of the way of application topics. */
    static final String TOPIC = "__SiroccoGroupMembership";

    private final ServiceEnvironment env;
    private final DomainParticipant participant;
    private final DataWriter<KeyedBytes> writer;
    private final DataReader<KeyedBytes> reader;
    private final Map<InstanceHandle, String> keys = new HashMap<>();
    private final KeyedBytes scratch;

    Membership(ServiceEnvironment env, int domainId, Runnable dataAvailable) {
        this.env = env;
        participant = DomainParticipantFactory.getInstance(env).createParticipant(domainId);
        try {
            PolicyFactory policies = PolicyFactory.getPolicyFactory(env);
            Topic<KeyedBytes> topic = participant.createTopic(TOPIC, KeyedBytes.class);
            writer = participant.createPublisher().createDataWriter(topic,
                    participant.createPublisher().getDefaultDataWriterQos().withPolicies(
                            policies.Reliability().withReliable(), policies.Durability().withTransientLocal(),
                            policies.History().withKeepLast(1)));
            reader = participant.createSubscriber().createDataReader(topic,
                    participant.createSubscriber().getDefaultDataReaderQos().withPolicies(
                            policies.Reliability().withReliable(), policies.Durability().withTransientLocal(),
                            policies.History().withKeepLast(1)),
                    new org.omg.dds.sub.DataReaderAdapter<KeyedBytes>() {
                        @Override
                        public void onDataAvailable(org.omg.dds.core.event.DataAvailableEvent<KeyedBytes> event) {
                            dataAvailable.run();
                        }
                    }, java.util.Set.of(org.omg.dds.core.status.DataAvailableStatus.class));
        } catch (RuntimeException e) {
            participant.close();
            throw e;
        }
        scratch = KeyedBytes.newKeyedBytes(env);
    }

    /** Publishes (or replaces) the record under {@code key}. */
    void publish(String key, byte[] value) {
        scratch.setKey(key);
        scratch.setValue(value);
        try {
            writer.write(scratch);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the membership record " + key + " could not be written in time", e);
        }
    }

    /** Withdraws the record under {@code key}. */
    void withdraw(String key) {
        scratch.setKey(key);
        scratch.setValue(new byte[0]);
        InstanceHandle h = writer.lookupInstance(scratch);
        if (!h.isNil()) {
            try {
                writer.dispose(h, scratch);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the membership record " + key + " could not be withdrawn in time", e);
            }
        }
    }

    /**
     * Takes what arrived: {@code changed} gets (key, value) for a new or replaced record, and
     * (key, null) for a record that went away (disposed, or its writer's process is gone).
     */
    void drain(BiConsumer<String, byte[]> changed) {
        Sample.Iterator<KeyedBytes> it = reader.take();
        while (it.hasNext()) {
            Sample<KeyedBytes> s = it.next();
            InstanceHandle h = s.getInstanceHandle();
            KeyedBytes data = s.getData();
            if (data != null) {
                keys.put(h, data.getKey());
                if (s.getInstanceState() == InstanceState.ALIVE) {
                    changed.accept(data.getKey(), data.getValue());
                    continue;
                }
            }
            if (s.getInstanceState() != InstanceState.ALIVE) {
                String key = keys.remove(h);
                if (key != null) {
                    changed.accept(key, null);
                }
            }
        }
        try {
            it.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    ServiceEnvironment environment() {
        return env;
    }

    @Override
    public void close() {
        participant.close();
    }
}
