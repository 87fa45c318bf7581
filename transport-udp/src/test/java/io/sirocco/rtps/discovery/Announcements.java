package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.spi.ReaderDescription;
import io.sirocco.dcps.spi.WriterDescription;
import io.sirocco.rtps.wire.Locator;
import io.sirocco.rtps.wire.ParameterIds;
import io.sirocco.rtps.wire.ParameterListWriter;
import io.sirocco.rtps.wire.Rtps;
import java.util.Arrays;
import java.util.List;
import org.omg.dds.core.policy.TopicData;

/**
 * Discovery payloads (PL_CDR parameter lists) written by Sirocco's own discovery code, for tests
 * that play a remote participant: what they send is byte for byte what a Sirocco peer sends.
 */
public final class Announcements {
    private Announcements() {
    }

    /** An SPDP announcement of a participant reachable at {@code unicast} (metatraffic and user data). */
    public static byte[] participant(Guid guid, int domainId, Locator unicast, Locator multicast, long leaseNanos,
            byte[] userData, String entityName) {
        ParameterListWriter out = new ParameterListWriter().begin();
        new ParticipantData(guid, Rtps.VENDOR_ID, domainId, List.of(unicast), List.of(multicast), List.of(unicast),
                List.of(), Rtps.SIROCCO_BUILTIN_ENDPOINTS, leaseNanos, userData, entityName).write(out);
        return bytes(out.finish());
    }

    /** The key-only payload of an SPDP "participant left" (as {@link Spdp} sends it on close). */
    public static byte[] participantLeft(Guid guid) {
        ParameterListWriter out = new ParameterListWriter().begin();
        out.putGuid(ParameterIds.PARTICIPANT_GUID, guid);
        return bytes(out.finish());
    }

    /** An SEDP publication. */
    public static byte[] publication(WriterDescription writer, TopicData topicData, Locator unicast,
            short representation) {
        ParameterListWriter out = new ParameterListWriter().begin();
        EndpointData.writePublication(out, writer, topicData, List.of(unicast), representation);
        return bytes(out.finish());
    }

    /** An SEDP subscription. */
    public static byte[] subscription(ReaderDescription reader, TopicData topicData, Locator unicast) {
        ParameterListWriter out = new ParameterListWriter().begin();
        EndpointData.writeSubscription(out, reader, topicData, List.of(unicast));
        return bytes(out.finish());
    }

    /** The key-only payload of an SEDP retraction (as {@link Sedp#retract} sends it). */
    public static byte[] retraction(Guid endpoint) {
        ParameterListWriter out = new ParameterListWriter().begin();
        out.putGuid(ParameterIds.ENDPOINT_GUID, endpoint);
        return bytes(out.finish());
    }

    private static byte[] bytes(ParameterListWriter out) {
        return Arrays.copyOf(out.buffer(), out.size());
    }
}
