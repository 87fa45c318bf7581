package io.sirocco.stores.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.local.LocalFabric;
import io.sirocco.stores.fabric.local.LocalFabricProvider;
import io.sirocco.stores.fabric.tiered.TieredFabricProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A group whose members sit on two simulated hosts, on the tiered fabric: members of a host meet on
 * that host's own near wire ({@link HostFabric}, standing in for shared memory), members of different
 * hosts on the far wire (standing in for the network). One view and one order span both.
 */
class TieredGroupTest {

    private static List<FabricProvider> onHosts(String... hosts) {
        List<FabricProvider> providers = new ArrayList<>();
        for (String host : hosts) {
            providers.add(new TieredFabricProvider(new HostFabric(host), new LocalFabricProvider()));
        }
        return providers;
    }

    @Test
    void orderedDeliverySpansTwoHostsWithEachHostsMembersOnTheirOwnWire() throws Exception {
        int n = ViewChangeTest.N;
        try (Cluster c = new Cluster(onHosts("a", "a", "b", "b"), ViewChangeTest.config(DeliveryMode.ORDERED),
                new DeliveryHandler[4])) {
            assertEquals(2, LocalFabric.find(HostFabric.nearGroup(c.group, "a"), 1).members(), "host a's wire");
            assertEquals(2, LocalFabric.find(HostFabric.nearGroup(c.group, "b"), 1).members(), "host b's wire");
            for (int r = 0; r < 4; r++) {
                c.startSending(r, n);
            }
            c.joinSenders();
            for (int r = 0; r < 4; r++) {
                for (int origin = 0; origin < 4; origin++) {
                    c.awaitFrom(r, origin, n);
                }
            }
            long[] first = c.recorders[0].delivered();
            assertEquals(4 * n, first.length);
            for (int r = 1; r < 4; r++) {
                assertArrayEquals(first, c.recorders[r].delivered(), "member " + r + " delivered another sequence");
            }
        }
    }

    @Test
    void aMemberCrashingOnOneHostLeavesBothHostsWithTheSameSequence() throws Exception {
        try (Cluster c = new Cluster(onHosts("a", "a", "b"), ViewChangeTest.config(DeliveryMode.ORDERED),
                new DeliveryHandler[3])) {
            int[] survivors = {0, 2};
            ViewChangeTest.runThroughFault(c, survivors, 0, () -> {
                LocalFabric.find(HostFabric.nearGroup(c.group, "a"), 1).crash(1); // its host-mate sees it go
                c.firstView().crash(1); // and so does the other host
            });
            ViewChangeTest.assertStoppedAsMember(c, 1);
            ViewChangeTest.assertSurvivorsGoOn(c, survivors, true);
            ViewChangeTest.assertPrefix(c.recorders[1].delivered(), c.recorders[0].delivered(), "crashed member 1");
        }
    }
}
