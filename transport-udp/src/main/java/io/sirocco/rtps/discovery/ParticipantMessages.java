package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.rtps.reader.ChangeSink;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.reader.RtpsReader;
import io.sirocco.rtps.wire.Rtps;
import io.sirocco.rtps.writer.RtpsWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The writer liveliness protocol's participant messages (DDSI-RTPS 8.4.13): this participant
 * asserts the liveliness of its AUTOMATIC writers periodically and of its MANUAL_BY_PARTICIPANT
 * writers on demand; remote participants' messages renew their writers' leases here.
 *
 * <p>Payload (CDR): the participant's 12-byte GUID prefix, a 4-byte kind (1 automatic, 2 manual),
 * then a sequence of octets (empty).
 */
public final class ParticipantMessages {
    private static final int KIND_AUTOMATIC = 1;
    private static final int KIND_MANUAL = 2;
    private static final long MIN_PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final DiscoveryHost host;
    private final RtpsWriter writer;
    private final RtpsReader reader;
    private final byte[] payload = new byte[24];
    private final byte[] keyHash = new byte[16];
    private final Map<Guid, RemoteWriter> proxies = new ConcurrentHashMap<>();
    private final long[] lastOfKind = new long[3];
    private long sequence;
    private long automaticPeriodNanos = Long.MAX_VALUE;
    private ScheduledFuture<?> automaticTimer;

    public ParticipantMessages(DiscoveryHost host) {
        this.host = host;
        Guid self = host.guid();
        this.writer = new RtpsWriter(host.writerContext(), self.withEntityId(Rtps.PARTICIPANT_MESSAGE_WRITER), true,
                Integer.MAX_VALUE);
        this.reader = new RtpsReader(host.readerContext(), self.withEntityId(Rtps.PARTICIPANT_MESSAGE_READER), true);
        host.register(writer);
        byte[] guid = self.toBytes();
        payload[1] = 0x01; // CDR little-endian
        System.arraycopy(guid, 0, payload, 4, 12);
        System.arraycopy(guid, 0, keyHash, 0, 12);
    }

    /** Asserts the liveliness of this participant's MANUAL_BY_PARTICIPANT (and AUTOMATIC) writers. */
    public synchronized void assertManual() {
        send(KIND_MANUAL);
    }

    /**
     * Local writers with AUTOMATIC liveliness need assertions at least every {@code leaseNanos}: the
     * participant sends automatic messages three times per shortest lease.
     */
    public synchronized void automaticLease(long leaseNanos) {
        long period = Math.max(MIN_PERIOD_NANOS, leaseNanos / 3);
        if (leaseNanos == Long.MAX_VALUE || period >= automaticPeriodNanos) {
            return;
        }
        automaticPeriodNanos = period;
        if (automaticTimer != null) {
            automaticTimer.cancel(false);
        }
        automaticTimer = host.writerContext().eventLoop().scheduleAtFixedRate(this::sendAutomatic, 0, period,
                TimeUnit.NANOSECONDS);
    }

    private synchronized void sendAutomatic() {
        send(KIND_AUTOMATIC);
    }

    private void send(int kind) {
        payload[19] = (byte) kind;
        keyHash[15] = (byte) kind;
        long previous = lastOfKind[kind];
        lastOfKind[kind] = ++sequence;
        writer.write(sequence, System.currentTimeMillis() * 1_000_000L, 0, false, keyHash, payload, 0, payload.length);
        if (previous != 0) {
            writer.forget(previous);
        }
    }

    /** Matches the participant-message endpoints of a new participant with this one's. */
    public void participantDiscovered(RemoteParticipant participant) {
        int endpoints = participant.builtinEndpoints();
        Guid prefix = participant.guid();
        if ((endpoints & Rtps.BES_PARTICIPANT_MESSAGE_READER) != 0) {
            writer.addReader(prefix.withEntityId(Rtps.PARTICIPANT_MESSAGE_READER), true,
                    participant.metatrafficTarget(), true);
        }
        if ((endpoints & Rtps.BES_PARTICIPANT_MESSAGE_WRITER) != 0) {
            Guid remote = prefix.withEntityId(Rtps.PARTICIPANT_MESSAGE_WRITER);
            RemoteWriter proxy = reader.addWriter(remote, true, new Sink(), participant.metatrafficTarget(),
                    Long.MAX_VALUE, RemoteWriter.AUTOMATIC, true);
            RemoteWriter previous = proxies.put(remote, proxy);
            if (previous != null) {
                host.unregister(previous);
            }
            host.register(proxy);
        }
    }

    public void participantLost(RemoteParticipant participant) {
        writer.removeParticipant(participant.guid());
        Guid remote = participant.guid().withEntityId(Rtps.PARTICIPANT_MESSAGE_WRITER);
        RemoteWriter proxy = proxies.remove(remote);
        if (proxy != null) {
            reader.removeWriter(remote);
            host.unregister(proxy);
        }
    }

    public synchronized void close() {
        if (automaticTimer != null) {
            automaticTimer.cancel(false);
        }
        writer.close();
        reader.close();
    }

    /** Renews the leases of the sending participant's writers. */
    private final class Sink implements ChangeSink {
        @Override
        public boolean deliver(long sequenceNumber, int statusInfo, boolean keyOnly, byte[] hash, long timestampNanos,
                byte[] buffer, int offset, int length) {
            if (statusInfo != 0 || keyOnly || length < 20) {
                return true;
            }
            Guid participant = Guid.fromBytes(prefixAndParticipant(buffer, offset + 4), 0);
            int kind = buffer[offset + 19] & 0xff;
            host.participantAsserted(participant, kind == KIND_MANUAL);
            return true;
        }

        private byte[] prefixAndParticipant(byte[] buffer, int at) {
            byte[] guid = new byte[16];
            System.arraycopy(buffer, at, guid, 0, 12);
            guid[14] = 0x01;
            guid[15] = (byte) 0xc1;
            return guid;
        }

        @Override
        public void lost(int count) {
            // Only the latest message of each kind matters.
        }

        @Override
        public void livelinessChanged(boolean alive) {
            // The participant lease covers built-in writers.
        }
    }
}
