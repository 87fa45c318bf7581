package io.sirocco.rtps.participant;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.LocalReader;
import io.sirocco.dcps.spi.MatchedWriter;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.reader.RtpsReader;
import java.util.HashMap;
import java.util.Map;
import org.omg.dds.core.policy.Reliability;

/**
 * A DCPS reader carried over RTPS: its RTPS reader and, per matched remote writer, the DCPS channel
 * and the RTPS writer state (guarded by the matcher's lock).
 *
 * @param <T> the sample type
 */
final class UserReader<T> {
    final LocalReader<T> local;
    final RtpsReader rtps;
    final boolean reliable;
    final Map<Guid, Match<T>> matched = new HashMap<>();

    UserReader(LocalReader<T> local, RtpsReader rtps) {
        this.local = local;
        this.rtps = rtps;
        this.reliable = local.description().qos().getReliability().getKind() == Reliability.Kind.RELIABLE;
    }

    Guid guid() {
        return local.guid();
    }

    String topicName() {
        return local.description().topicName();
    }

    /** One matched remote writer: the DCPS side and the RTPS side. */
    record Match<T>(MatchedWriter<T> dcps, RemoteWriter proxy) {
    }
}
