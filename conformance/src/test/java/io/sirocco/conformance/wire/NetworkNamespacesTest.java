package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sirocco peers on two emulated hosts ({@link TwoHosts}: network namespaces joined by a veth pair)
 * find each other and exchange data, as on two machines of a LAN. This JVM stays out of the
 * namespaces and keeps its loopback-only settings.
 */
class NetworkNamespacesTest extends WireFixture {
    private static final Duration PEER_TIMEOUT = Duration.ofSeconds(30);
    /**
     * Larger than Sirocco's largest datagram: samples go as DATA_FRAGs, in datagrams that the
     * veth's 1500-byte MTU splits into IP fragments.
     */
    private static final int PAYLOAD = 20_000;
    private static final int COUNT = 200;
    private static TwoHosts hosts;

    @BeforeAll
    static void createHosts() {
        hosts = TwoHosts.create();
    }

    @AfterAll
    static void deleteHosts() {
        if (hosts != null) {
            hosts.close();
        }
    }

    /** A peer on {@code host}, on its veth only. */
    private PeerJvm on(TwoHosts.Host host) {
        return PeerJvm.inDomain(domainId).launchedBy(host.launcher()).with("interfaces", host.device());
    }

    private PeerJvm discoveringByMulticast(TwoHosts.Host host) {
        return on(host).with("multicast", "true").with("peers", "");
    }

    private PeerJvm discoveringThroughPeer(TwoHosts.Host host, TwoHosts.Host peer) {
        return on(host).with("multicast", "false").with("peers", peer.address());
    }

    /** The subscriber gets every sample of the publisher, in order, and both end well. */
    private void assertReliableExchange(PeerJvm subscriberHost, PeerJvm publisherHost) {
        PeerProcess subscriber = track(subscriberHost.start("sub", "AcrossHosts", COUNT, "-w", "25"));
        subscriber.awaitLine("ready", PEER_TIMEOUT);
        PeerProcess publisher = track(publisherHost.start("pub", "AcrossHosts", COUNT, "-s",
                Integer.toString(PAYLOAD), "-w", "25"));
        assertEquals(0, subscriber.waitForExit(PEER_TIMEOUT),
                () -> "subscriber:\n" + subscriber.output() + "publisher:\n" + publisher.output());
        assertReceivedInOrder(subscriber, "SIR", COUNT, PAYLOAD);
        assertEquals(0, publisher.waitForExit(PEER_TIMEOUT), publisher::output);
    }

    @Test
    void peersOnTwoHostsDiscoverEachOtherByMulticastAndExchangeDataReliably() {
        assertReliableExchange(discoveringByMulticast(hosts.a()), discoveringByMulticast(hosts.b()));
    }

    @Test
    void peersOnTwoHostsDiscoverEachOtherThroughConfiguredPeersAndExchangeDataReliably() {
        assertReliableExchange(discoveringThroughPeer(hosts.a(), hosts.b()), discoveringThroughPeer(hosts.b(),
                hosts.a()));
    }
}
