package io.sirocco.rtps.participant;

import io.sirocco.dcps.core.NanoDuration;
import io.sirocco.dcps.core.WallClock;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.DeliveryResult;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrInput;
import io.sirocco.dcps.type.cdr.Encapsulation;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.dcps.type.kryo.KryoCodec;
import io.sirocco.rtps.net.TransportStatistics;
import io.sirocco.rtps.reader.ChangeSink;
import java.nio.ByteOrder;

/**
 * Hands one remote writer's changes to a DCPS reader: picks the decoder from the payload's
 * encapsulation header and turns RTPS status info and timestamps into DCPS terms. Used under the
 * RTPS reader's lock, so its input is reused.
 *
 * @param <T> the sample type
 */
final class DcpsSink<T> implements ChangeSink {
    private final MatchedWriter<T> writer;
    private final boolean keyFromHash;
    private final long lifespanNanos;
    private final TransportStatistics statistics;
    private final CdrInput in = new CdrInput();

    DcpsSink(MatchedWriter<T> writer, TypeCodec<T> codec, TransportStatistics statistics) {
        this.writer = writer;
        this.keyFromHash = codec.isKeyed() && !codec.keyHashIsDigest();
        this.lifespanNanos = NanoDuration.nanosOf(writer.description().qos().getLifespan().getDuration());
        this.statistics = statistics;
    }

    @Override
    public boolean deliver(long sequence, int statusInfo, boolean keyOnly, byte[] keyHash, long timestampNanos,
            byte[] buffer, int offset, int length) {
        ChangeKind kind = ChangeKind.fromStatusInfo(statusInfo);
        CdrInput payload;
        boolean key = keyOnly;
        if (length == 0) {
            // A dispose or unregister that carries only the key hash: usable when the hash is the key
            // itself (keys of at most 16 bytes), not when it is a digest.
            if (kind == ChangeKind.ALIVE || keyHash == null || !keyFromHash) {
                statistics.undecodable();
                return true;
            }
            payload = in.wrap(keyHash, 0, 16, XcdrVersion.XCDR2, ByteOrder.BIG_ENDIAN);
            key = true;
        } else {
            int id = length >= Encapsulation.HEADER_SIZE ? Encapsulation.readIdentifier(buffer, offset) : -1;
            if (id == KryoCodec.ENCAPSULATION_ID) {
                payload = in.wrap(buffer, offset + 4, length - 4, XcdrVersion.XCDR2, ByteOrder.LITTLE_ENDIAN);
            } else if (id >= 0 && Encapsulation.isXcdr(id)) {
                payload = in.wrapEncapsulated(buffer, offset, length);
            } else {
                statistics.undecodable();
                return true;
            }
        }
        long timestamp = timestampNanos != Long.MIN_VALUE ? timestampNanos : WallClock.now();
        long expiry = lifespanNanos == NanoDuration.INFINITE_NANOS ? Long.MAX_VALUE : System.nanoTime() + lifespanNanos;
        DeliveryResult result = writer.deliverSerialized(sequence, kind, timestamp, expiry, payload, key, keyHash);
        return result != DeliveryResult.REJECTED;
    }

    @Override
    public void lost(int count) {
        writer.lost(count);
    }

    @Override
    public void livelinessChanged(boolean alive) {
        writer.livelinessChanged(alive);
    }
}
