package io.sirocco.rtps.participant;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.qos.RepresentationRule;
import io.sirocco.dcps.spi.ChangeKind;
import io.sirocco.dcps.spi.LocalWriter;
import io.sirocco.dcps.spi.MatchedReader;
import io.sirocco.dcps.spi.WriterChange;
import io.sirocco.dcps.type.TypeCodec;
import io.sirocco.dcps.type.cdr.CdrOutput;
import io.sirocco.dcps.type.cdr.Encapsulation;
import io.sirocco.dcps.type.cdr.XcdrVersion;
import io.sirocco.rtps.writer.RtpsWriter;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import org.omg.dds.core.policy.Liveliness;
import org.omg.dds.core.policy.Reliability;

/**
 * A DCPS writer carried over RTPS: serializes each change (XCDR1 or XCDR2 as the writer's data
 * representation says, Kryo for classes without a DDS type) and hands it to its RTPS writer.
 *
 * @param <T> the sample type
 */
final class UserWriter<T> {
    private static final byte[] ZEROS = new byte[4];

    final LocalWriter<T> local;
    final RtpsWriter rtps;
    final boolean reliable;
    /** The matched remote readers (guarded by the matcher's lock). */
    final Map<Guid, MatchedReader> matched = new HashMap<>();
    private final TypeCodec<T> codec;
    private final boolean keyed;
    private final short representation;
    private final XcdrVersion version;
    private final int encapsulation;
    /** Serialization scratch; publish runs under the DCPS writer's lock, so one per writer is enough. */
    private final CdrOutput out = new CdrOutput(256);

    UserWriter(LocalWriter<T> local, RtpsWriter rtps) {
        this.local = local;
        this.rtps = rtps;
        this.codec = local.codec();
        this.keyed = codec.isKeyed();
        this.reliable = local.description().qos().getReliability().getKind() == Reliability.Kind.RELIABLE;
        this.representation = RepresentationRule.offeredBy(local.description().qos().getRepresentation());
        this.version = representation == RepresentationRule.XCDR2 ? XcdrVersion.XCDR2 : XcdrVersion.XCDR1;
        this.encapsulation = codec.encapsulationId(version, ByteOrder.LITTLE_ENDIAN);
    }

    Guid guid() {
        return local.guid();
    }

    String topicName() {
        return local.description().topicName();
    }

    /**
     * The representation announced in discovery: what the QoS offers (Kryo payloads carry their own
     * encapsulation identifier, so Sirocco readers of such types need no special announcement).
     */
    short representation() {
        return representation;
    }

    /** The writer's liveliness kind and lease (for participant messages). */
    Liveliness liveliness() {
        return local.description().qos().getLiveliness();
    }

    void publish(WriterChange<T> change) {
        ChangeKind kind = change.kind();
        boolean keyOnly = kind != ChangeKind.ALIVE;
        CdrOutput o = out.reset(version, ByteOrder.LITTLE_ENDIAN, Encapsulation.HEADER_SIZE);
        if (keyOnly) {
            codec.serializeKey(change.data(), o);
        } else {
            codec.serialize(change.data(), o);
        }
        int padding = (4 - (o.position() & 3)) & 3;
        if (padding > 0) {
            o.writeBytes(ZEROS, 0, padding);
        }
        Encapsulation.writeHeader(o.buffer(), 0, encapsulation, padding);
        rtps.write(change.sequenceNumber(), change.sourceTimestampNanos(), kind.statusInfo(), keyOnly,
                keyed ? change.keyHash() : null, o.buffer(), 0, o.position());
    }
}
