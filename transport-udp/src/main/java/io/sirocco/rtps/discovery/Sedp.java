package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.rtps.reader.ChangeSink;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.reader.RtpsReader;
import io.sirocco.rtps.wire.Locator;
import io.sirocco.rtps.wire.MessageParser;
import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.ParameterListReader;
import io.sirocco.rtps.wire.ParameterListWriter;
import io.sirocco.rtps.wire.Rtps;
import io.sirocco.rtps.writer.RtpsWriter;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.omg.dds.core.policy.TopicData;

/**
 * The Simple Endpoint Discovery Protocol: reliable, transient-local built-in writers that announce
 * this participant's writers and readers (the latest announcement of each endpoint stays in their
 * history for late joiners; a retraction is a dispose), and built-in readers that learn the remote
 * ones and hand them to the participant for matching.
 */
public final class Sedp {
    private static final System.Logger LOG = System.getLogger(Sedp.class.getName());

    private final DiscoveryHost host;
    private final RtpsWriter publications;
    private final RtpsWriter subscriptions;
    private final RtpsReader publicationReader;
    private final RtpsReader subscriptionReader;
    private final ParameterListWriter out = new ParameterListWriter();
    /** The sequence number of each local endpoint's current announcement. */
    private final Map<Guid, Long> announced = new HashMap<>();
    private final Map<Guid, RemoteWriter> proxies = new ConcurrentHashMap<>();
    private long publicationSequence;
    private long subscriptionSequence;

    public Sedp(DiscoveryHost host) {
        this.host = host;
        Guid self = host.guid();
        this.publications = new RtpsWriter(host.writerContext(), self.withEntityId(Rtps.SEDP_PUBLICATIONS_WRITER), true,
                Integer.MAX_VALUE);
        this.subscriptions = new RtpsWriter(host.writerContext(), self.withEntityId(Rtps.SEDP_SUBSCRIPTIONS_WRITER),
                true, Integer.MAX_VALUE);
        this.publicationReader = new RtpsReader(host.readerContext(), self.withEntityId(Rtps.SEDP_PUBLICATIONS_READER),
                true);
        this.subscriptionReader = new RtpsReader(host.readerContext(),
                self.withEntityId(Rtps.SEDP_SUBSCRIPTIONS_READER), true);
        host.register(publications);
        host.register(subscriptions);
    }

    // ------------------------------------------------------------------ local endpoints

    /**
     * Announces (or re-announces) a local writer; {@code unicast} is where its acknowledgements go,
     * {@code topicData} its topic's TOPIC_DATA (or {@code null}).
     */
    public synchronized void announce(WriterDescription writer, List<Locator> unicast, short representation,
            TopicData topicData) {
        out.begin();
        EndpointData.writePublication(out, writer, topicData, unicast, representation);
        out.finish();
        write(publications, writer.guid(), 0, false);
    }

    /** Announces (or re-announces) a local reader; {@code unicast} is where its data goes. */
    public synchronized void announce(ReaderDescription reader, List<Locator> unicast, TopicData topicData) {
        out.begin();
        EndpointData.writeSubscription(out, reader, topicData, unicast);
        out.finish();
        write(subscriptions, reader.guid(), 0, false);
    }

    /** Tells every peer that a local writer or reader is gone. */
    public synchronized void retract(Guid endpoint, boolean publication) {
        out.begin();
        out.putGuid(ParameterIds.ENDPOINT_GUID, endpoint);
        out.finish();
        write(publication ? publications : subscriptions, endpoint, 3, true);
    }

    private void write(RtpsWriter writer, Guid key, int statusInfo, boolean keyOnly) {
        long sequence = writer == publications ? ++publicationSequence : ++subscriptionSequence;
        Long previous = announced.put(key, sequence);
        writer.write(sequence, System.currentTimeMillis() * 1_000_000L, statusInfo, keyOnly, key.toBytes(),
                out.buffer(), 0, out.size());
        if (previous != null) {
            writer.forget(previous);
        }
    }

    // ------------------------------------------------------------------ remote participants

    /** Matches the built-in endpoints of a new participant with this one's, as its endpoint set says. */
    public void participantDiscovered(RemoteParticipant participant) {
        int endpoints = participant.builtinEndpoints();
        Guid prefix = participant.guid();
        InetSocketAddress target = participant.metatrafficTarget();
        if ((endpoints & Rtps.BES_PUBLICATION_DETECTOR) != 0) {
            publications.addReader(prefix.withEntityId(Rtps.SEDP_PUBLICATIONS_READER), true, target, true);
        }
        if ((endpoints & Rtps.BES_SUBSCRIPTION_DETECTOR) != 0) {
            subscriptions.addReader(prefix.withEntityId(Rtps.SEDP_SUBSCRIPTIONS_READER), true, target, true);
        }
        if ((endpoints & Rtps.BES_PUBLICATION_ANNOUNCER) != 0) {
            listen(publicationReader, prefix.withEntityId(Rtps.SEDP_PUBLICATIONS_WRITER), participant, true);
        }
        if ((endpoints & Rtps.BES_SUBSCRIPTION_ANNOUNCER) != 0) {
            listen(subscriptionReader, prefix.withEntityId(Rtps.SEDP_SUBSCRIPTIONS_WRITER), participant, false);
        }
    }

    private void listen(RtpsReader reader, Guid writer, RemoteParticipant participant, boolean publication) {
        RemoteWriter proxy = reader.addWriter(writer, true, new Sink(participant, publication),
                participant.metatrafficTarget(), Long.MAX_VALUE, RemoteWriter.AUTOMATIC, true);
        RemoteWriter previous = proxies.put(writer, proxy);
        if (previous != null) {
            host.unregister(previous);
        }
        host.register(proxy);
    }

    /** Forgets the built-in endpoints of a participant that left. */
    public void participantLost(RemoteParticipant participant) {
        Guid prefix = participant.guid();
        publications.removeParticipant(prefix);
        subscriptions.removeParticipant(prefix);
        for (int id : new int[] {Rtps.SEDP_PUBLICATIONS_WRITER, Rtps.SEDP_SUBSCRIPTIONS_WRITER}) {
            Guid writer = prefix.withEntityId(id);
            RemoteWriter proxy = proxies.remove(writer);
            if (proxy != null) {
                proxy.reader().removeWriter(writer);
                host.unregister(proxy);
            }
        }
    }

    public void close() {
        publications.close();
        subscriptions.close();
        publicationReader.close();
        subscriptionReader.close();
    }

    /** Turns the built-in readers' changes into discovered and lost endpoints. */
    private final class Sink implements ChangeSink {
        private final RemoteParticipant participant;
        private final boolean publication;
        private final ParameterListReader in = new ParameterListReader();

        Sink(RemoteParticipant participant, boolean publication) {
            this.participant = participant;
            this.publication = publication;
        }

        @Override
        public boolean deliver(long sequence, int statusInfo, boolean keyOnly, byte[] keyHash, long timestampNanos,
                byte[] buffer, int offset, int length) {
            try {
                if (statusInfo != 0 || keyOnly) {
                    Guid endpoint = keyHash != null ? Guid.fromBytes(keyHash, 0) : endpointOf(buffer, offset, length);
                    if (endpoint != null) {
                        host.endpointLost(endpoint);
                    }
                    return true;
                }
                if (length == 0) {
                    return true;
                }
                EndpointData data = EndpointData.read(host.environment(), in.wrap(buffer, offset, length),
                        participant.vendorId(), publication);
                if (!data.guid().samePrefix(participant.guid())) {
                    return true; // an endpoint of another participant: relayed data is not trusted
                }
                host.endpointDiscovered(data);
            } catch (MessageParser.Malformed | IllegalArgumentException e) {
                host.network().statistics().malformed();
                LOG.log(System.Logger.Level.DEBUG, "ignored a malformed SEDP announcement from {0}: {1}",
                        participant.guid(), e.getMessage());
            }
            return true;
        }

        private Guid endpointOf(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return null;
            }
            ParameterListReader reader = in.wrap(buffer, offset, length);
            while (reader.next()) {
                if (reader.pid() == ParameterIds.ENDPOINT_GUID) {
                    return reader.guid();
                }
            }
            return null;
        }

        @Override
        public void lost(int count) {
            // Announcements replaced in the writer's history: the newer one follows.
        }

        @Override
        public void livelinessChanged(boolean alive) {
            // Built-in writers have no liveliness lease; the participant lease covers them.
        }
    }
}
