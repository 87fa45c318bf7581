package io.sirocco.rtps.discovery;

import io.sirocco.dcps.core.Guid;
import io.sirocco.dcps.core.SiroccoServiceEnvironment;
import io.sirocco.rtps.config.RtpsConfig;
import io.sirocco.rtps.net.UdpNetwork;
import io.sirocco.rtps.reader.ReaderContext;
import io.sirocco.rtps.reader.RemoteWriter;
import io.sirocco.rtps.writer.RtpsWriter;
import io.sirocco.rtps.writer.WriterContext;

/**
 * What the discovery protocols (SPDP, SEDP, participant messages) need from the participant they
 * run for, and where they report what they find.
 */
public interface DiscoveryHost {

    Guid guid();

    int domainId();

    RtpsConfig config();

    SiroccoServiceEnvironment environment();

    UdpNetwork network();

    /** The participant's USER_DATA, announced by SPDP. */
    byte[] userData();

    /** The context of built-in writers (control loop). */
    WriterContext writerContext();

    /** The context of built-in readers (control loop). */
    ReaderContext readerContext();

    /** Makes a built-in writer reachable by the receive path (ACKNACK, NACK_FRAG). */
    void register(RtpsWriter writer);

    /** Makes a remote writer's state reachable by the receive path (DATA, HEARTBEAT, GAP). */
    void register(RemoteWriter proxy);

    void unregister(RemoteWriter proxy);

    /**
     * Whether to talk to this participant at all: not this one, not one the application ignores, and
     * not one in this JVM while participants of one JVM talk in-process.
     */
    boolean accepts(Guid participant);

    /** A participant was found ({@code first}) or announced itself again with new data. */
    void participantDiscovered(RemoteParticipant participant, boolean first);

    /** A participant left, or its lease ran out. */
    void participantLost(RemoteParticipant participant);

    /** A participant asserted its liveliness (SPDP, or a participant message; {@code manual} if manual). */
    void participantAsserted(Guid participant, boolean manual);

    /** A remote writer or reader was announced (or re-announced with new QoS). */
    void endpointDiscovered(EndpointData endpoint);

    /** A remote writer or reader went away. */
    void endpointLost(Guid endpoint);
}
