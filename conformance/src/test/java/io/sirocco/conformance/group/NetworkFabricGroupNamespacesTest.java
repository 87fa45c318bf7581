package io.sirocco.conformance.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.conformance.wire.PeerJvm;
import io.sirocco.conformance.wire.TwoHosts;
import io.sirocco.stores.group.DeliveryMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8's "ATOMIC over the network fallback between two network namespaces", at the engine level:
 * the DCPS integration is not built yet, so the members drive {@code io.sirocco.stores.group.MulticastGroup}
 * directly (ORDERED mode, which an ATOMIC topic will use) over the network fabric ({@code udp},
 * {@code io.sirocco.rtps.fabric}, TCP links). Three members, each a JVM of its own: two on emulated host
 * A, one on host B ({@link TwoHosts}: namespaces joined by a veth pair), so links run both inside a
 * namespace and across the veth. Each member's fabric listens on, and announces, its host's veth
 * address ({@code sirocco.interfaces=<veth device>}).
 *
 * <p>Needs root and {@code ip netns}; skipped otherwise. All traffic stays inside the namespaces the
 * test creates, which are deleted afterwards whatever happened; no multicast is used.
 */
class NetworkFabricGroupNamespacesTest {
    private static final int COUNT = 10_000;
    /** Failure detection is not what this test checks: generous on a loaded 2-core machine. */
    private static final Duration SUSPECT_AFTER = Duration.ofSeconds(5);
    private static TwoHosts hosts;

    @TempDir
    Path logs;
    private GroupJvms group;

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

    @AfterEach
    void killMembers() {
        if (group != null) {
            group.close();
        }
    }

    /** A member JVM inside {@code host}, its fabric on the host's veth only. */
    private static PeerJvm on(TwoHosts.Host host) {
        return PeerJvm.inDomain(0).launchedBy(host.launcher()).with("interfaces", host.device());
    }

    @Test
    void orderedGroupAcrossTwoHostsDeliversTheSameCompleteSequenceEverywhere() {
        group = GroupJvms.start(List.of(on(hosts.a()), on(hosts.b()), on(hosts.a())), "udp", DeliveryMode.ORDERED,
                "conformance-netns", COUNT, logs, SUSPECT_AFTER, 0);
        for (int rank = 0; rank < 3; rank++) {
            String address = (rank == 1 ? hosts.b() : hosts.a()).address();
            assertTrue(group.locator(rank).contains("|" + address + "|"),
                    "member " + rank + " listens on its veth: " + group.locator(rank));
        }
        group.awaitDone(0, 1, 2);
        group.exit(0, 1, 2);

        long[] first = group.delivered(0);
        assertEquals(3 * COUNT, first.length, "member 0 delivered everything");
        assertArrayEquals(new int[] {COUNT, COUNT, COUNT}, GroupJvms.assertFifoPerSender(first, 3, "member 0"));
        for (int rank = 1; rank < 3; rank++) {
            assertArrayEquals(first, group.delivered(rank), "member " + rank + " delivered what member 0 did");
        }
    }

    @Test
    void memberKilledOnOneHostIsRemovedAndTheSurvivorsOnBothHostsDeliverTheSameSequence() {
        // Member 2 (host A) dies; the survivors, 0 on host A and 1 on host B, go on across the veth.
        group = GroupJvms.start(List.of(on(hosts.a()), on(hosts.b()), on(hosts.a())), "udp", DeliveryMode.ORDERED,
                "conformance-netns-kill", COUNT, logs, Duration.ofSeconds(1), COUNT);
        group.assertSurvivorsGoOnWithout(2, GroupJvms::kill, "killed", COUNT, Duration.ofSeconds(1));
    }
}
