package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.rtps.config.Peer;
import io.sirocco.rtps.net.UdpNetwork;
import io.sirocco.rtps.util.GuidTable;
import io.sirocco.rtps.wire.MessageBuilder;
import io.sirocco.rtps.wire.MessageParser;
import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.ParameterListReader;
import io.sirocco.rtps.wire.ParameterListWriter;
import io.sirocco.rtps.wire.Received;
import io.sirocco.rtps.wire.Rtps;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Simple Participant Discovery Protocol: announces this participant periodically (to the SPDP
 * multicast group when multicast is on, to every discovery port of the configured peers, and to
 * the participants already known), answers a newcomer at once, and keeps the table of remote
 * participants with their leases.
 */
public final class Spdp {
    private static final System.Logger LOG = System.getLogger(Spdp.class.getName());

    private final DiscoveryHost host;
    private final UdpNetwork network;
    private final MessageBuilder builder;
    private final ParameterListWriter parameters = new ParameterListWriter();
    private final byte[] keyHash;
    private final List<InetSocketAddress> peerTargets;
    private final Map<Guid, RemoteParticipant> participants = new ConcurrentHashMap<>();
    /** The same participants, for the lookup the receive path makes for every datagram. */
    private volatile GuidTable<RemoteParticipant> byPrefix = GuidTable.empty();
    private long sequence;
    private ScheduledFuture<?> announceTimer;
    private ScheduledFuture<?> leaseTimer;
    private boolean closed;

    public Spdp(DiscoveryHost host) {
        this.host = host;
        this.network = host.network();
        this.builder = new MessageBuilder(host.guid(), 2048);
        this.keyHash = host.guid().toBytes();
        this.peerTargets = resolvePeers(host.config().peers(), host.domainId(), host.config().maxParticipantIndex());
    }

    private static List<InetSocketAddress> resolvePeers(List<Peer> peers, int domainId, int maxIndex) {
        List<InetSocketAddress> targets = new ArrayList<>();
        for (Peer peer : peers) {
            InetAddress address;
            try {
                address = InetAddress.getByName(peer.host());
            } catch (UnknownHostException e) {
                LOG.log(System.Logger.Level.WARNING, "discovery peer \"" + peer.host() + "\" does not resolve; "
                        + "ignoring it");
                continue;
            }
            if (peer.port() > 0) {
                targets.add(new InetSocketAddress(address, peer.port()));
            } else {
                for (int index = 0; index <= maxIndex; index++) {
                    targets.add(new InetSocketAddress(address, Rtps.metatrafficUnicastPort(domainId, index)));
                }
            }
        }
        return List.copyOf(targets);
    }

    /** Announces now and then periodically; starts watching leases. */
    public synchronized void start() {
        announce();
        long period = host.config().spdpIntervalMillis();
        announceTimer = host.writerContext().eventLoop().scheduleAtFixedRate(this::announce, period, period,
                TimeUnit.MILLISECONDS);
        long check = Math.min(1000, Math.max(50, host.config().spdpIntervalMillis() / 2));
        leaseTimer = host.writerContext().eventLoop().scheduleAtFixedRate(this::checkLeases, check, check,
                TimeUnit.MILLISECONDS);
    }

    /** The participants currently known. */
    public List<RemoteParticipant> participants() {
        return List.copyOf(participants.values());
    }

    public RemoteParticipant participant(Guid guid) {
        return participants.get(guid.participant());
    }

    // ------------------------------------------------------------------ announcing

    /** Sends this participant's announcement to every target (periodically, and when its QoS changes). */
    public synchronized void announce() {
        if (closed) {
            return;
        }
        build(0);
        Set<InetSocketAddress> targets = new LinkedHashSet<>(peerTargets);
        for (RemoteParticipant p : participants.values()) {
            if (p.metatrafficTarget() != null) {
                targets.add(p.metatrafficTarget());
            }
        }
        if (network.multicastEnabled()) {
            targets.add(network.spdpGroup());
        }
        send(targets);
    }

    private void build(int statusInfo) {
        parameters.begin();
        if (statusInfo == 0) {
            new ParticipantData(host.guid(), Rtps.VENDOR_ID, host.domainId(), network.metatrafficUnicastLocators(),
                    network.metatrafficMulticastLocators(), network.defaultUnicastLocators(), List.of(),
                    Rtps.SIROCCO_BUILTIN_ENDPOINTS, host.config().leaseSeconds() * 1_000_000_000L, host.userData(),
                    null).write(parameters);
        } else {
            parameters.putGuid(ParameterIds.PARTICIPANT_GUID, host.guid());
        }
        parameters.finish();
        builder.begin();
        builder.infoTimestamp(System.currentTimeMillis() * 1_000_000L);
        builder.data(Rtps.SPDP_READER, Rtps.SPDP_WRITER, ++sequence, keyHash, statusInfo, parameters.buffer(), 0,
                parameters.size(), statusInfo != 0);
    }

    private void send(Iterable<InetSocketAddress> targets) {
        ByteBuffer datagram = ByteBuffer.wrap(builder.buffer(), 0, builder.size());
        for (InetSocketAddress target : targets) {
            datagram.clear().limit(builder.size());
            network.send(datagram, target);
        }
    }

    // ------------------------------------------------------------------ receiving

    /**
     * An SPDP DATA from the receive path. Announcements may arrive on any socket, so this runs on
     * both event loops at once: it keeps no parsing state in fields (announcements are rare enough
     * that a fresh parameter-list reader per datagram costs nothing that matters).
     */
    public void onData(Received m) {
        Guid guid;
        ParticipantData data = null;
        boolean gone = m.statusInfo != 0 || m.keyOnly;
        if (gone) {
            guid = m.hasKeyHash ? Guid.fromBytes(m.keyHash, 0) : keyFromPayload(m);
        } else {
            if (m.payloadLength == 0) {
                return;
            }
            data = ParticipantData.read(new ParameterListReader().wrap(m.buffer, m.payloadOffset, m.payloadLength), m.vendorId);
            guid = data.guid();
        }
        if (guid == null) {
            return;
        }
        guid = guid.participant();
        if (guid.equals(host.guid())) {
            return;
        }
        if (gone) {
            RemoteParticipant lost = participants.remove(guid);
            if (lost != null) {
                tableChanged();
                host.participantLost(lost);
            }
            return;
        }
        if (data.domainId() >= 0 && data.domainId() != host.domainId() || !host.accepts(guid)) {
            return;
        }
        discovered(guid, data);
    }

    private Guid keyFromPayload(Received m) {
        if (m.payloadLength == 0) {
            return null;
        }
        ParameterListReader in = new ParameterListReader().wrap(m.buffer, m.payloadOffset, m.payloadLength);
        while (in.next()) {
            if (in.pid() == ParameterIds.PARTICIPANT_GUID) {
                return in.guid();
            }
        }
        return null;
    }

    private void discovered(Guid guid, ParticipantData data) {
        InetSocketAddress metatraffic = network.interfaces().choose(data.metatrafficUnicast());
        InetSocketAddress user = network.interfaces().choose(data.defaultUnicast());
        if (metatraffic == null) {
            metatraffic = user;
        }
        if (user == null) {
            user = metatraffic;
        }
        if (metatraffic == null) {
            throw new MessageParser.Malformed("SPDP announcement of " + guid + " without a usable unicast locator");
        }
        long now = System.nanoTime();
        RemoteParticipant known = participants.get(guid);
        if (known == null) {
            RemoteParticipant added = new RemoteParticipant(guid, data, metatraffic, user);
            synchronized (this) {
                if (closed || participants.putIfAbsent(guid, added) != null) {
                    return;
                }
                // Answer at once, so that the newcomer need not wait for the next period.
                build(0);
                send(List.of(metatraffic));
                tableChanged();
            }
            LOG.log(System.Logger.Level.DEBUG, "discovered {0}", added);
            host.participantDiscovered(added, true);
        } else {
            boolean changed = !Arrays.equals(known.userData(), data.userData());
            known.update(data, metatraffic, user);
            known.heard(now);
            if (changed) {
                host.participantDiscovered(known, false);
            }
        }
        host.participantAsserted(guid, false);
    }

    /** Any traffic from a participant shows it is alive (as Cyclone DDS does, not only SPDP). */
    public void heardFrom(long prefixHigh, int prefixLow) {
        RemoteParticipant p = byPrefix.get(prefixHigh, ((long) prefixLow << 32) | Rtps.ENTITYID_PARTICIPANT);
        if (p != null) {
            p.heard(System.nanoTime());
        }
    }

    private synchronized void tableChanged() {
        GuidTable<RemoteParticipant> table = GuidTable.empty();
        for (RemoteParticipant p : participants.values()) {
            table = table.with(p.guid(), p);
        }
        byPrefix = table;
    }

    private void checkLeases() {
        long now = System.nanoTime();
        for (RemoteParticipant p : participants.values()) {
            if (p.expired(now) && participants.remove(p.guid(), p)) {
                tableChanged();
                LOG.log(System.Logger.Level.DEBUG, "lease of {0} expired", p);
                host.participantLost(p);
            }
        }
    }

    /** Forgets a participant the application chose to ignore. */
    public void forget(Guid participant) {
        RemoteParticipant p = participants.remove(participant.participant());
        if (p != null) {
            tableChanged();
            host.participantLost(p);
        }
    }

    /** Tells every known participant and peer that this one leaves, and stops. */
    public synchronized void close() {
        if (closed) {
            return;
        }
        build(3);
        Set<InetSocketAddress> targets = new LinkedHashSet<>(peerTargets);
        for (RemoteParticipant p : participants.values()) {
            targets.add(p.metatrafficTarget());
        }
        if (network.multicastEnabled()) {
            targets.add(network.spdpGroup());
        }
        send(targets);
        closed = true;
        if (announceTimer != null) {
            announceTimer.cancel(false);
            leaseTimer.cancel(false);
        }
        participants.clear();
        byPrefix = GuidTable.empty();
    }
}
