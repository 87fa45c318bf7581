package io.sirocco.rtps.fabric;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class NetFabricProviderTest {

    @Test
    void serviceLoaderFindsTheNetworkFabricBelowSharedMemory() {
        FabricProvider found = ServiceLoader.load(FabricProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("udp")).findFirst().orElseThrow();
        assertInstanceOf(NetFabricProvider.class, found);
        assertEquals(100, found.preference());
        assertTrue(found.available(), "loopback is usable here");
        ((NetFabricProvider) found).close();
    }

    @Test
    void theLocatorIsTheListeningAddressAndPortOnTheInterfaceSetting() {
        // surefire sets sirocco.interfaces=lo for this module
        try (NetFabricProvider p = new NetFabricProvider()) {
            String locator = p.localLocator();
            NetLocator parsed = NetLocator.parse(locator);
            assertNotNull(parsed, locator);
            assertEquals("127.0.0.1", parsed.host());
            assertTrue(parsed.port() > 0);
            assertEquals(locator, p.localLocator(), "one listener per provider");
            assertTrue(p.reaches(locator));
            assertTrue(p.reaches("net1|10.1.2.3|7400|abc"));
            assertFalse(p.reaches("shm1|boot|ns|key|1|2|/dev/shm"));
            assertFalse(p.reaches("net1|10.1.2.3|0|abc"));
            assertFalse(p.reaches("net1|10.1.2.3|7400"));
            assertFalse(p.reaches(null));
        }
    }

    @Test
    void openRefusesLayoutsItCannotServe() {
        try (NetFabricProvider p = new NetFabricProvider(NetMembers.settings());
                NetFabricProvider other = new NetFabricProvider(NetMembers.settings())) {
            FabricException notMine = assertThrows(FabricException.class, () -> p.open(new GroupLayout("g", 1,
                    List.of(other.localLocator(), p.localLocator()), 0, 64)));
            assertTrue(notMine.getMessage().contains("member 0's locator") && notMine.getMessage().contains(
                    "not this provider's"), notMine.getMessage());
            FabricException foreign = assertThrows(FabricException.class, () -> p.open(new GroupLayout("g", 1,
                    List.of(p.localLocator(), "shm1|x"), 0, 64)));
            assertTrue(foreign.getMessage().contains("member 1's locator \"shm1|x\""), foreign.getMessage());
        }
    }

    @Test
    void aRankOpenTwiceOnOneProviderIsRefused() throws Exception {
        try (NetMembers m = new NetMembers(2)) {
            m.open("twice", 1, 64);
            GroupLayout again = new GroupLayout("twice", 1, m.locators(), 0, 64);
            FabricException f = assertThrows(FabricException.class, () -> m.providers[0].open(again));
            assertTrue(f.getMessage().contains("already open"), f.getMessage());
        }
    }
}
