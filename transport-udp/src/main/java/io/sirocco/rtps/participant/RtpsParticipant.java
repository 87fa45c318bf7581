package io.sirocco.rtps.participant;

import io.sirocco.dcps.builtin.ParticipantBuiltinData;
import io.sirocco.dcps.builtin.TopicBuiltinData;
import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.dcps.domain.Domain;
import io.sirocco.dcps.spi.DataPath;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.ParticipantContext;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.rtps.config.RtpsConfig;
import io.sirocco.rtps.discovery.DiscoveryHost;
import io.sirocco.rtps.discovery.EndpointData;
import io.sirocco.rtps.discovery.ParticipantMessages;
import io.sirocco.rtps.discovery.RemoteParticipant;
import io.sirocco.rtps.discovery.Sedp;
import io.sirocco.rtps.discovery.Spdp;
import io.sirocco.rtps.net.EventLoops;
import io.sirocco.rtps.net.TransportStatistics;
import io.sirocco.rtps.net.UdpNetwork;
import io.sirocco.rtps.reader.ReaderContext;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.reader.RtpsReader;
import io.sirocco.rtps.wire.Rtps;
import io.sirocco.rtps.writer.RtpsWriter;
import io.sirocco.rtps.writer.WriterContext;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.History;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.pub.DataWriterQos;

/**
 * One DCPS participant on DDSI-RTPS over UDP: its sockets, its discovery (SPDP, SEDP, participant
 * messages), and an RTPS writer or reader for each of its DCPS writers and readers. DCPS sees it as
 * a {@link DataPath}; discovery sees it as its {@link DiscoveryHost}.
 */
public final class RtpsParticipant implements DataPath, DiscoveryHost {
    private final ParticipantContext context;
    private final RtpsConfig config;
    private final Guid guid;
    private final TransportStatistics statistics = new TransportStatistics();
    private final Routes routes = new Routes();
    private final Matcher matcher = new Matcher(this, routes);
    private final RemoteTopics remoteTopics;
    private final ConcurrentHashMap<Guid, UserWriter<?>> writers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Guid, UserReader<?>> readers = new ConcurrentHashMap<>();
    private final UdpNetwork network;
    private final EndpointContext control;
    private final EndpointContext data;
    private final Sedp sedp;
    private final ParticipantMessages messages;
    private volatile Spdp spdp;
    /** The writer published to last: writers usually write many samples in a row. */
    private volatile UserWriter<?> lastWriter;
    private volatile boolean closed;

    private RtpsParticipant(ParticipantContext context, RtpsConfig config) {
        this.context = context;
        this.config = config;
        this.guid = context.guid();
        this.remoteTopics = new RemoteTopics(context.environment());
        this.network = UdpNetwork.open(config, context.domainId(), statistics, () -> new Receiver(this, statistics));
        this.control = new EndpointContext(guid, config, network, EventLoops.control());
        this.data = new EndpointContext(guid, config, network, EventLoops.data());
        this.sedp = new Sedp(this);
        this.messages = new ParticipantMessages(this);
    }

    /** Opens the sockets and starts discovery. */
    public static RtpsParticipant open(ParticipantContext context, RtpsConfig config) {
        RtpsParticipant participant = new RtpsParticipant(context, config);
        Spdp spdp = new Spdp(participant);
        participant.spdp = spdp;
        spdp.start();
        return participant;
    }

    // ------------------------------------------------------------------ accessors

    @Override
    public Guid guid() {
        return guid;
    }

    @Override
    public int domainId() {
        return context.domainId();
    }

    @Override
    public RtpsConfig config() {
        return config;
    }

    @Override
    public SiroccoServiceEnvironment environment() {
        return context.environment();
    }

    @Override
    public UdpNetwork network() {
        return network;
    }

    public TransportStatistics statistics() {
        return statistics;
    }

    /** The RTPS participant index this participant took (its ports follow from it). */
    public int participantIndex() {
        return network.participantIndex();
    }

    Routes routes() {
        return routes;
    }

    Spdp spdp() {
        return spdp;
    }

    @Override
    public byte[] userData() {
        return context.qos().getUserData().getValue();
    }

    @Override
    public WriterContext writerContext() {
        return control;
    }

    @Override
    public ReaderContext readerContext() {
        return control;
    }

    @Override
    public String name() {
        return "rtps";
    }

    @Override
    public boolean carries(WriterDescription writer) {
        return true;
    }

    @Override
    public boolean carries(ReaderDescription reader) {
        return true;
    }

    // ------------------------------------------------------------------ DCPS writers

    /** How many changes a writer holds before a write waits for acknowledgements (KEEP_ALL only). */
    private static int unacknowledgedLimit(DataWriterQos qos) {
        if (qos.getHistory().getKind() != History.Kind.KEEP_ALL) {
            return Integer.MAX_VALUE;
        }
        int samples = qos.getResourceLimits().getMaxSamples();
        return samples <= 0 ? Integer.MAX_VALUE : samples;
    }

    @Override
    public void writerEnabled(LocalWriter<?> writer) {
        if (closed) {
            return;
        }
        WriterDescription description = writer.description();
        boolean reliable = description.qos().getReliability().getKind()
                == org.omg.dds.core.policy.Reliability.Kind.RELIABLE;
        UserWriter<?> user = new UserWriter<>(writer, new RtpsWriter(control, writer.guid(), reliable,
                unacknowledgedLimit(description.qos())));
        writers.put(writer.guid(), user);
        routes.add(user.rtps);
        sedp.announce(description, network.writerUnicastLocators(), user.representation(),
                context.topicData(description.topicName()));
        matcher.addWriter(user);
        Liveliness liveliness = user.liveliness();
        if (liveliness.getKind() == Liveliness.Kind.AUTOMATIC) {
            long lease = NanoDuration.nanosOf(liveliness.getLeaseDuration());
            messages.automaticLease(lease == NanoDuration.INFINITE_NANOS ? Long.MAX_VALUE : lease);
        }
    }

    @Override
    public void writerUpdated(LocalWriter<?> writer) {
        UserWriter<?> user = writers.get(writer.guid());
        if (user != null) {
            sedp.announce(writer.description(), network.writerUnicastLocators(), user.representation(),
                    context.topicData(writer.description().topicName()));
            matcher.updateWriter(writer.guid());
        }
    }

    @Override
    public void writerClosed(LocalWriter<?> writer) {
        UserWriter<?> user = writers.remove(writer.guid());
        if (user == null) {
            return;
        }
        lastWriter = null;
        matcher.removeWriter(writer.guid());
        routes.remove(user.rtps);
        user.rtps.close();
        sedp.retract(writer.guid(), true);
    }

    @SuppressWarnings("unchecked")
    private <T> UserWriter<T> userWriter(LocalWriter<T> writer) {
        UserWriter<?> last = lastWriter;
        if (last != null && last.local == writer) {
            return (UserWriter<T>) last;
        }
        UserWriter<?> found = writers.get(writer.guid());
        if (found != null) {
            lastWriter = found;
        }
        return (UserWriter<T>) found;
    }

    @Override
    public <T> void publish(LocalWriter<T> writer, WriterChange<T> change, long blockDeadlineNanoTime) {
        UserWriter<T> user = userWriter(writer);
        if (user != null) {
            user.publish(change);
        }
    }

    @Override
    public <T> void changeRemoved(LocalWriter<T> writer, long sequenceNumber) {
        UserWriter<T> user = userWriter(writer);
        if (user != null) {
            user.rtps.forget(sequenceNumber);
        }
    }

    @Override
    public <T> void changesRemovedThrough(LocalWriter<T> writer, long sequenceNumber) {
        UserWriter<T> user = userWriter(writer);
        if (user != null) {
            user.rtps.forgetThrough(sequenceNumber);
        }
    }

    @Override
    public void writerLivelinessChanged(LocalWriter<?> writer, boolean alive) {
        // Remote readers judge liveliness by their own leases.
    }

    @Override
    public void livelinessAsserted(LocalWriter<?> writer) {
        if (writer == null) {
            messages.assertManual();
            return;
        }
        UserWriter<?> user = writers.get(writer.guid());
        if (user == null) {
            return;
        }
        switch (user.liveliness().getKind()) {
            case MANUAL_BY_TOPIC -> user.rtps.assertLiveliness();
            case MANUAL_BY_PARTICIPANT -> messages.assertManual();
            default -> {
                // AUTOMATIC writers are asserted by the participant's periodic messages.
            }
        }
    }

    // ------------------------------------------------------------------ DCPS readers

    @Override
    public void readerEnabled(LocalReader<?> reader) {
        if (closed) {
            return;
        }
        ReaderDescription description = reader.description();
        boolean durable = description.qos().getDurability().getKind() != Durability.Kind.VOLATILE;
        UserReader<?> user = new UserReader<>(reader, new RtpsReader(data, reader.guid(), durable));
        readers.put(reader.guid(), user);
        sedp.announce(description, network.defaultUnicastLocators(), context.topicData(description.topicName()));
        matcher.addReader(user);
    }

    @Override
    public void readerUpdated(LocalReader<?> reader) {
        if (readers.containsKey(reader.guid())) {
            sedp.announce(reader.description(), network.defaultUnicastLocators(),
                    context.topicData(reader.description().topicName()));
            matcher.updateReader(reader.guid());
        }
    }

    @Override
    public void readerClosed(LocalReader<?> reader) {
        UserReader<?> user = readers.remove(reader.guid());
        if (user == null) {
            return;
        }
        matcher.removeReader(reader.guid());
        user.rtps.close();
        sedp.retract(reader.guid(), false);
    }

    @Override
    public void participantUpdated() {
        Spdp current = spdp;
        if (current != null) {
            current.announce();
        }
    }

    // ------------------------------------------------------------------ discovery

    @Override
    public void register(RtpsWriter writer) {
        routes.add(writer);
    }

    @Override
    public void register(RemoteWriter proxy) {
        routes.add(proxy);
    }

    @Override
    public void unregister(RemoteWriter proxy) {
        routes.remove(proxy);
    }

    @Override
    public boolean accepts(Guid participant) {
        return !participant.samePrefix(guid) && !context.isIgnored(participant.participant())
                && !(config.intraProcess() && Domain.isLocal(participant));
    }

    @Override
    public void participantDiscovered(RemoteParticipant participant, boolean first) {
        byte[] user = participant.userData();
        context.participantDiscovered(participant.guid(), new ParticipantBuiltinData(environment(), participant.guid(),
                environment().policyFactory().UserData().withValue(user, 0, user.length)));
        if (first) {
            sedp.participantDiscovered(participant);
            messages.participantDiscovered(participant);
        }
    }

    @Override
    public void participantLost(RemoteParticipant participant) {
        sedp.participantLost(participant);
        messages.participantLost(participant);
        for (Guid endpoint : matcher.remoteEndpointsOf(participant.guid())) {
            endpointLost(endpoint);
        }
        context.participantLost(participant.guid());
    }

    @Override
    public void participantAsserted(Guid participant, boolean manual) {
        for (UserReader<?> reader : readers.values()) {
            reader.rtps.assertParticipant(participant, manual);
        }
    }

    @Override
    public void endpointDiscovered(EndpointData endpoint) {
        if (closed || !accepts(endpoint.guid()) || context.isIgnored(endpoint.guid())) {
            return;
        }
        TopicBuiltinData topic = remoteTopics.added(endpoint);
        if (topic != null) {
            context.topicDiscovered(topic.key().guid(), topic);
        }
        if (endpoint.isPublication()) {
            context.publicationDiscovered(endpoint.writer());
        } else {
            context.subscriptionDiscovered(endpoint.reader());
        }
        matcher.remoteDiscovered(endpoint);
    }

    @Override
    public void endpointLost(Guid endpoint) {
        EndpointData lost = matcher.remoteLost(endpoint);
        if (lost == null) {
            return;
        }
        if (lost.isPublication()) {
            context.publicationLost(endpoint);
        } else {
            context.subscriptionLost(endpoint);
        }
        Guid topic = remoteTopics.removed(endpoint);
        if (topic != null) {
            context.topicLost(topic);
        }
    }

    /** Whether the remote writer's vendor keeps pre-match history from volatile readers itself. */
    boolean filtersHistory(Guid writer) {
        RemoteParticipant participant = spdp.participant(writer);
        int vendor = participant == null ? 0 : participant.vendorId();
        return vendor == Rtps.VENDOR_ID || vendor == Rtps.VENDOR_CYCLONE;
    }

    /** Where to send to a remote endpoint: its own locator, else its participant's default one. */
    InetSocketAddress target(EndpointData endpoint) {
        InetSocketAddress own = network.interfaces().choose(endpoint.unicast());
        if (own != null) {
            return own;
        }
        RemoteParticipant participant = spdp.participant(endpoint.guid());
        return participant == null ? null : participant.userDataTarget();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Spdp current = spdp;
        if (current != null) {
            current.close();
        }
        for (UserWriter<?> writer : writers.values()) {
            writer.rtps.close();
        }
        for (UserReader<?> reader : readers.values()) {
            reader.rtps.close();
        }
        writers.clear();
        readers.clear();
        sedp.close();
        messages.close();
        network.close();
    }

    @Override
    public String toString() {
        return "RtpsParticipant[" + guid + ", domain " + domainId() + ", index " + network.participantIndex() + "]";
    }
}
