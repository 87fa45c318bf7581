package io.sirocco.stores.dcps;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.ParticipantContext;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.dds.qos.Acceleration;
import io.sirocco.dds.qos.AccelerationKind;
import io.sirocco.dds.qos.Consistency;
import io.sirocco.dds.qos.ConsistencyKind;
import io.sirocco.stores.fabric.FabricProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.omg.dds.core.policy.Partition;

/**
 * The group engine as a DCPS path for one participant: it claims the endpoints whose QoS asks for
 * Consistency ATOMIC or Acceleration (architecture: "selection rule") and hands them to their
 * topic's group member in this JVM ({@link TopicMember}, shared by all participants of the domain).
 *
 * <p>Fabric choice: a forced {@code sirocco.groupFabric}; else Acceleration PREFERRED/REQUIRED takes
 * the best accelerated fabric (shared memory within a host, tiered with the network fallback between
 * hosts: {@code shm+udp}); ATOMIC without one takes the network fallback. An
 * accelerated EVENTUAL endpoint that no accelerated fabric can carry is not claimed, so the ordinary
 * paths take it (PREFERRED warns, REQUIRED is refused by DCPS).
 */
final class GroupPath implements DataPath {

    private final ParticipantContext participant;
    private final GroupSettings settings;
    private final Map<Guid, TopicMember> byEndpoint = new ConcurrentHashMap<>();
    private final GroupDomain domain;

    GroupPath(ParticipantContext participant, GroupSettings settings) {
        this.participant = participant;
        this.settings = settings;
        this.domain = GroupDomain.of(participant);
    }

    @Override
    public String name() {
        return "group";
    }

    /**
     * Every endpoint: the ones it does not claim are ordinary endpoints that may still match group
     * endpoints of this JVM ({@link LocalBridges}, and plain readers of a group topic's members).
     */
    @Override
    public boolean carries(WriterDescription writer) {
        return true;
    }

    @Override
    public boolean carries(ReaderDescription reader) {
        return true;
    }

    @Override
    public boolean claims(WriterDescription writer) {
        return fabricFor(writer.qos(), settings) != null;
    }

    @Override
    public boolean claims(ReaderDescription reader) {
        return fabricFor(reader.qos(), settings) != null;
    }

    @Override
    public boolean accelerates() {
        return Fabrics.bestAccelerated() != null;
    }

    /** The fabric that carries an endpoint with this QoS, or null when the group engine does not take it. */
    static FabricProvider fabricFor(Map<?, ?> qos, GroupSettings settings) {
        AccelerationKind acceleration = qos.get(Acceleration.class) instanceof Acceleration a ? a.getKind()
                : AccelerationKind.NONE;
        boolean atomic = qos.get(Consistency.class) instanceof Consistency c && c.getKind() == ConsistencyKind.ATOMIC;
        if (acceleration == AccelerationKind.NONE && !atomic) {
            return null;
        }
        if (settings.fabric() != null) {
            return Fabrics.named(settings.fabric());
        }
        FabricProvider accelerated = acceleration != AccelerationKind.NONE ? Fabrics.bestAccelerated() : null;
        if (accelerated != null || !atomic) {
            return accelerated;
        }
        FabricProvider network = Fabrics.named("udp");
        return network != null ? network : Fabrics.bestAccelerated();
    }

    private TopicMember memberFor(String topic, String type, Map<?, ?> qos, List<String> partitions) {
        FabricProvider fabric = fabricFor(qos, settings);
        boolean atomic = qos.get(Consistency.class) instanceof Consistency c && c.getKind() == ConsistencyKind.ATOMIC;
        GroupKey key = new GroupKey(topic, type, partitions, atomic, fabric.name());
        return domain.member(key, fabric, settings);
    }

    private static List<String> partitions(Partition partition) {
        return partition == null ? List.of() : List.copyOf(partition.getName());
    }

    @Override
    public void writerEnabled(LocalWriter<?> writer) {
        WriterDescription d = writer.description();
        if (!claims(d)) {
            domain.plainWriterAdded(writer);
            return;
        }
        TopicMember m = memberFor(d.topicName(), d.typeName(), d.qos(), partitions(d.publisherQos().getPartition()));
        while (!m.addWriter(writer, participant.environment())) { // that member is closing: a new one
            domain.removeMember(m);
            m = memberFor(d.topicName(), d.typeName(), d.qos(), partitions(d.publisherQos().getPartition()));
        }
        byEndpoint.put(writer.guid(), m);
    }

    @Override
    public void writerUpdated(LocalWriter<?> writer) {
        writerClosed(writer);
        writerEnabled(writer);
    }

    @Override
    public void writerClosed(LocalWriter<?> writer) {
        TopicMember m = byEndpoint.remove(writer.guid());
        if (m != null) {
            m.removeWriter(writer);
        } else {
            domain.plainWriterRemoved(writer);
        }
    }

    @Override
    public void readerEnabled(LocalReader<?> reader) {
        ReaderDescription d = reader.description();
        if (!claims(d)) {
            domain.plainReaderAdded(reader);
            return;
        }
        TopicMember m = memberFor(d.topicName(), d.typeName(), d.qos(), partitions(d.subscriberQos().getPartition()));
        while (!m.addReader(reader, participant.environment())) { // that member is closing: a new one
            domain.removeMember(m);
            m = memberFor(d.topicName(), d.typeName(), d.qos(), partitions(d.subscriberQos().getPartition()));
        }
        byEndpoint.put(reader.guid(), m);
    }

    @Override
    public void readerUpdated(LocalReader<?> reader) {
        readerClosed(reader);
        readerEnabled(reader);
    }

    @Override
    public void readerClosed(LocalReader<?> reader) {
        TopicMember m = byEndpoint.remove(reader.guid());
        if (m != null) {
            m.removeReader(reader);
        } else {
            domain.plainReaderRemoved(reader);
        }
    }

    @Override
    public <T> void publish(LocalWriter<T> writer, WriterChange<T> change, long blockDeadlineNanoTime) {
        TopicMember m = byEndpoint.get(writer.guid());
        if (m != null) {
            m.publish(writer, change);
        } else {
            domain.bridges().publish(writer, change, blockDeadlineNanoTime);
        }
    }

    @Override
    public void writerLivelinessChanged(LocalWriter<?> writer, boolean alive) {
        // Members watch each other through the fabric's heartbeats; a writer's own lease is not sent.
    }

    @Override
    public void participantUpdated() {
        // Nothing of the participant is announced to the group.
    }

    @Override
    public void close() {
        // Endpoints leave their groups as they close.
    }
}
