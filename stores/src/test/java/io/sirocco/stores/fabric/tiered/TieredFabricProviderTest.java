package io.sirocco.stores.fabric.tiered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.GroupLayout;
import io.sirocco.stores.fabric.local.LocalFabricProvider;
import java.lang.foreign.ValueLayout;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieredFabricProviderTest {

    @Test
    void aLocatorKeepsBothTiersWhateverCharactersTheyContain() {
        TieredLocator l = new TieredLocator("shm1|boot|ns|key|1|2|/dev/shm/a|b", "net1|10.0.0.1|7400|x");
        assertEquals(l, TieredLocator.parse(l.format()));
        assertEquals(new TieredLocator("", "far"), TieredLocator.parse("tier1|0|far"));
    }

    @Test
    void malformedLocatorsAreNotTiered() {
        for (String bad : new String[] {null, "", "shm1|x", "tier1|", "tier1||x", "tier1|9|short", "tier1|-1|x",
                "tier1|1x|ab", "tier1|9999999999|x"}) {
            assertNull(TieredLocator.parse(bad), bad);
        }
    }

    @Test
    void itIsNamedAfterBothTiersAndReachesTieredLocatorsOnly() {
        TieredFabricProvider p = new TieredFabricProvider(new LocalFabricProvider(), new LocalFabricProvider());
        assertEquals("local+local", p.name());
        assertTrue(p.available());
        assertTrue(p.reaches(p.localLocator()));
        assertFalse(p.reaches(new LocalFabricProvider().localLocator()), "a plain locator");
        LocalFabricProvider same = new LocalFabricProvider();
        assertThrows(IllegalArgumentException.class, () -> new TieredFabricProvider(same, same));
    }

    @Test
    void openingWithAMemberThatIsNotTieredNamesTheMember() {
        TieredFabricProvider p = new TieredFabricProvider(new LocalFabricProvider(), new LocalFabricProvider());
        GroupLayout layout = new GroupLayout("t", 1, List.of(p.localLocator(), "udp-only"), 0, 64);
        FabricException e = assertThrows(FabricException.class, () -> p.open(layout));
        assertTrue(e.getMessage().contains("member 1's locator \"udp-only\" is not a tiered locator"), e.getMessage());
    }

    @Test
    void aMemberAloneOnItsHostWritesItsRowIntoTheFarFabric() throws Exception {
        TieredFabricProvider alone = new TieredFabricProvider(new LocalFabricProvider(), new LocalFabricProvider());
        try (FabricGroup g = alone.open(new GroupLayout("alone-" + System.nanoTime(), 1, List.of(alone.localLocator()),
                0, 64))) {
            g.writeLongRelease(8, 42);
            g.pushAll(0, 64);
            assertEquals(42, g.readLongAcquire(0, 8));
            assertEquals(42, g.row(0).get(ValueLayout.JAVA_LONG, 8));
            assertFalse(g.failed(0));
        }
    }
}
