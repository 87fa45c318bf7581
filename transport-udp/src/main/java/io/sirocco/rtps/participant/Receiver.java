package io.sirocco.rtps.participant;

import io.sirocco.dcps.entity.DeferredNotifications;
import io.sirocco.dcps.type.cdr.MalformedDataException;
import io.sirocco.rtps.discovery.Spdp;
import io.sirocco.rtps.net.DatagramHandler;
import io.sirocco.rtps.net.TransportStatistics;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.wire.MessageParser;
import io.sirocco.rtps.wire.Received;
import io.sirocco.rtps.wire.Rtps;
import io.sirocco.rtps.wire.SequenceSet;
import io.sirocco.rtps.wire.SubmessageHandler;
import io.sirocco.rtps.writer.RtpsWriter;

/**
 * The receive path of one socket: parses each datagram and routes its submessages to the local
 * readers and writers they concern. Confined to the socket's event loop; a malformed message is
 * counted and dropped, and listener calls queued by deliveries run once the datagram is done.
 */
final class Receiver implements DatagramHandler, SubmessageHandler {
    private final RtpsParticipant participant;
    private final Routes routes;
    private final TransportStatistics statistics;
    private final MessageParser parser;

    /** Made while the participant opens its sockets: {@code participant.spdp()} may still be null. */
    Receiver(RtpsParticipant participant, TransportStatistics statistics) {
        this.participant = participant;
        this.routes = participant.routes();
        this.statistics = statistics;
        long high = participant.guid().high();
        int low = (int) (participant.guid().low() >>> 32);
        this.parser = new MessageParser(high, low);
    }

    @Override
    public void received(byte[] buffer, int offset, int length) {
        try {
            if (parser.parse(buffer, offset, length, this)) {
                Received m = parser.received();
                Spdp spdp = participant.spdp();
                if (spdp != null) {
                    spdp.heardFrom(m.sourcePrefixHigh, m.sourcePrefixLow);
                }
            } else {
                statistics.foreign();
            }
        } catch (MessageParser.Malformed | MalformedDataException e) {
            statistics.malformed();
        } finally {
            DeferredNotifications.current().flush();
        }
    }

    private RemoteWriter[] proxies(Received m, int writerId) {
        return routes.proxies(m.sourcePrefixHigh, m.guidLow(writerId));
    }

    private static boolean addressed(RemoteWriter proxy, int readerId) {
        return readerId == Rtps.ENTITYID_UNKNOWN || readerId == proxy.readerEntityId();
    }

    @Override
    public void data(Received m) {
        if (m.writerId == Rtps.SPDP_WRITER) {
            Spdp spdp = participant.spdp();
            if (spdp != null) {
                spdp.onData(m);
            }
            return;
        }
        RemoteWriter[] proxies = proxies(m, m.writerId);
        if (proxies != null) {
            for (RemoteWriter proxy : proxies) {
                if (addressed(proxy, m.readerId)) {
                    proxy.reader().onData(proxy, m);
                }
            }
        }
    }

    @Override
    public void dataFragment(Received m) {
        RemoteWriter[] proxies = proxies(m, m.writerId);
        if (proxies != null) {
            for (RemoteWriter proxy : proxies) {
                if (addressed(proxy, m.readerId)) {
                    proxy.reader().onDataFragment(proxy, m);
                }
            }
        }
    }

    @Override
    public void heartbeat(Received m, int readerId, int writerId, long first, long last, int count, boolean isFinal,
            boolean liveliness) {
        RemoteWriter[] proxies = proxies(m, writerId);
        if (proxies != null) {
            for (RemoteWriter proxy : proxies) {
                if (addressed(proxy, readerId)) {
                    proxy.reader().onHeartbeat(proxy, first, last, count, isFinal, liveliness);
                }
            }
        }
    }

    @Override
    public void heartbeatFragment(Received m, int readerId, int writerId, long sequence, int lastFragment, int count) {
        RemoteWriter[] proxies = proxies(m, writerId);
        if (proxies != null) {
            for (RemoteWriter proxy : proxies) {
                if (addressed(proxy, readerId)) {
                    proxy.reader().onHeartbeatFragment(proxy, sequence, lastFragment, count);
                }
            }
        }
    }

    @Override
    public void gap(Received m, int readerId, int writerId, long gapStart, SequenceSet list) {
        RemoteWriter[] proxies = proxies(m, writerId);
        if (proxies != null) {
            for (RemoteWriter proxy : proxies) {
                if (addressed(proxy, readerId)) {
                    proxy.reader().onGap(proxy, gapStart, list);
                }
            }
        }
    }

    @Override
    public void acknack(Received m, int readerId, int writerId, SequenceSet requested, int count, boolean isFinal) {
        RtpsWriter writer = routes.writer(writerId);
        if (writer != null) {
            writer.onAcknack(m.sourcePrefixHigh, m.guidLow(readerId), requested, count);
        }
    }

    @Override
    public void nackFragment(Received m, int readerId, int writerId, long sequence, SequenceSet fragments, int count) {
        RtpsWriter writer = routes.writer(writerId);
        if (writer != null) {
            writer.onNackFragment(m.sourcePrefixHigh, m.guidLow(readerId), sequence, fragments, count);
        }
    }
}
