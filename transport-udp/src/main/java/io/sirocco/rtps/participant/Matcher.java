package io.sirocco.rtps.participant;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.rtps.discovery.EndpointData;
import io.sirocco.rtps.reader.RemoteWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omg.dds.core.policy.Durability;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Reliability;

/**
 * Pairs this participant's writers and readers with the remote ones SEDP announced. DCPS decides
 * whether a pair matches (topic, type, partitions, QoS, ignore lists) and keeps the statuses; the
 * matcher wires the RTPS side: a reader proxy in the RTPS writer, a writer proxy in the RTPS
 * reader and a route for the receive path.
 *
 * <p>One lock guards the tables and is held while asking DCPS, which never calls back into a path
 * with its own locks held; so the order is always matcher, then DCPS entity.
 */
final class Matcher {
    private final RtpsParticipant participant;
    private final Routes routes;
    private final Map<Guid, UserWriter<?>> writers = new LinkedHashMap<>();
    private final Map<Guid, UserReader<?>> readers = new LinkedHashMap<>();
    private final Map<Guid, EndpointData> remoteWriters = new LinkedHashMap<>();
    private final Map<Guid, EndpointData> remoteReaders = new LinkedHashMap<>();

    Matcher(RtpsParticipant participant, Routes routes) {
        this.participant = participant;
        this.routes = routes;
    }

    // ------------------------------------------------------------------ local endpoints

    synchronized void addWriter(UserWriter<?> writer) {
        writers.put(writer.guid(), writer);
        for (EndpointData remote : List.copyOf(remoteReaders.values())) {
            match(writer, remote);
        }
    }

    /** Re-decides every pair of a writer whose QoS changed (or that ignored something). */
    synchronized void updateWriter(Guid guid) {
        UserWriter<?> writer = writers.get(guid);
        if (writer != null) {
            for (EndpointData remote : List.copyOf(remoteReaders.values())) {
                match(writer, remote);
            }
        }
    }

    synchronized UserWriter<?> removeWriter(Guid guid) {
        UserWriter<?> writer = writers.remove(guid);
        if (writer != null) {
            writer.matched.clear();
        }
        return writer;
    }

    synchronized void addReader(UserReader<?> reader) {
        readers.put(reader.guid(), reader);
        for (EndpointData remote : List.copyOf(remoteWriters.values())) {
            match(reader, remote);
        }
    }

    synchronized void updateReader(Guid guid) {
        UserReader<?> reader = readers.get(guid);
        if (reader != null) {
            for (EndpointData remote : List.copyOf(remoteWriters.values())) {
                match(reader, remote);
            }
        }
    }

    synchronized UserReader<?> removeReader(Guid guid) {
        UserReader<?> reader = readers.remove(guid);
        if (reader != null) {
            for (UserReader.Match<?> match : reader.matched.values()) {
                routes.remove(match.proxy());
            }
            reader.matched.clear();
        }
        return reader;
    }

    synchronized List<UserReader<?>> readers() {
        return new ArrayList<>(readers.values());
    }

    synchronized List<UserWriter<?>> writers() {
        return new ArrayList<>(writers.values());
    }

    // ------------------------------------------------------------------ remote endpoints

    synchronized void remoteDiscovered(EndpointData remote) {
        if (remote.isPublication()) {
            remoteWriters.put(remote.guid(), remote);
            for (UserReader<?> reader : List.copyOf(readers.values())) {
                match(reader, remote);
            }
        } else {
            remoteReaders.put(remote.guid(), remote);
            for (UserWriter<?> writer : List.copyOf(writers.values())) {
                match(writer, remote);
            }
        }
    }

    /** Forgets a remote endpoint; returns it, or {@code null} when it was unknown. */
    synchronized EndpointData remoteLost(Guid guid) {
        EndpointData remote = remoteWriters.remove(guid);
        if (remote != null) {
            for (UserReader<?> reader : readers.values()) {
                unmatch(reader, guid);
            }
            return remote;
        }
        remote = remoteReaders.remove(guid);
        if (remote != null) {
            for (UserWriter<?> writer : writers.values()) {
                unmatch(writer, guid);
            }
        }
        return remote;
    }

    /** The endpoints of a remote participant, to forget when it leaves. */
    synchronized List<Guid> remoteEndpointsOf(Guid participantGuid) {
        List<Guid> list = new ArrayList<>();
        for (Guid guid : remoteWriters.keySet()) {
            if (guid.samePrefix(participantGuid)) {
                list.add(guid);
            }
        }
        for (Guid guid : remoteReaders.keySet()) {
            if (guid.samePrefix(participantGuid)) {
                list.add(guid);
            }
        }
        return list;
    }

    // ------------------------------------------------------------------ pairs

    private void match(UserWriter<?> writer, EndpointData remote) {
        Guid guid = remote.guid();
        boolean sameTopic = writer.topicName().equals(remote.topicName());
        MatchedReader previous = writer.matched.get(guid);
        if (previous != null) {
            MatchedReader again = sameTopic ? writer.local.matchReader(remote.reader()) : null;
            if (again == previous) {
                return; // still matched: DCPS refreshed its description
            }
            unmatch(writer, guid);
            if (again == null) {
                return;
            }
        }
        InetSocketAddress target = participant.target(remote);
        if (!sameTopic || target == null) {
            return;
        }
        boolean reliable = writer.reliable
                && remote.reader().qos().getReliability().getKind() == Reliability.Kind.RELIABLE;
        boolean durable = remote.reader().qos().getDurability().getKind() != Durability.Kind.VOLATILE;
        // The wire first: once DCPS reports the match, every sample written must reach the reader.
        writer.rtps.addReader(guid, reliable, target, durable);
        MatchedReader matched = writer.local.matchReader(remote.reader());
        if (matched == null) {
            writer.rtps.removeReader(guid);
            return;
        }
        writer.matched.put(guid, matched);
        writer.rtps.attach(guid, matched);
    }

    private void unmatch(UserWriter<?> writer, Guid reader) {
        if (writer.matched.remove(reader) != null) {
            writer.rtps.removeReader(reader);
            writer.local.unmatchReader(reader);
        }
    }

    private <T> void match(UserReader<T> reader, EndpointData remote) {
        Guid guid = remote.guid();
        UserReader.Match<T> previous = reader.matched.get(guid);
        MatchedWriter<T> matched = reader.topicName().equals(remote.topicName())
                ? reader.local.matchWriter(remote.writer()) : null;
        if (matched != null && previous != null && matched == previous.dcps()) {
            return;
        }
        if (previous != null) {
            unmatch(reader, guid);
            if (matched != null) {
                matched = reader.local.matchWriter(remote.writer());
            }
        }
        if (matched == null) {
            return;
        }
        InetSocketAddress target = participant.target(remote);
        if (target == null) {
            reader.local.unmatchWriter(guid);
            return;
        }
        boolean reliable = reader.reliable
                && remote.writer().qos().getReliability().getKind() == Reliability.Kind.RELIABLE;
        Liveliness liveliness = remote.writer().qos().getLiveliness();
        long lease = NanoDuration.nanosOf(liveliness.getLeaseDuration());
        RemoteWriter proxy = reader.rtps.addWriter(guid, reliable,
                new DcpsSink<>(matched, reader.local.codec(), participant.statistics()), target,
                lease == NanoDuration.INFINITE_NANOS ? Long.MAX_VALUE : lease, liveliness.getKind().ordinal(),
                participant.filtersHistory(guid));
        reader.matched.put(guid, new UserReader.Match<>(matched, proxy));
        routes.add(proxy);
    }

    private void unmatch(UserReader<?> reader, Guid writer) {
        UserReader.Match<?> match = reader.matched.remove(writer);
        if (match != null) {
            routes.remove(match.proxy());
            reader.rtps.removeWriter(writer);
            reader.local.unmatchWriter(writer);
        }
    }
}
