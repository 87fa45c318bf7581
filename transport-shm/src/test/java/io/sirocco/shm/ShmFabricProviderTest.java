package io.sirocco.shm;

import static org.junit.jupiter.api.Assertions.*;

import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ShmFabricProviderTest {

    @Test
    void serviceLoaderFindsTheProvider() {
        FabricProvider shm = ServiceLoader.load(FabricProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("shm"))
                .findFirst().orElseThrow();
        assertInstanceOf(ShmFabricProvider.class, shm);
        assertEquals(ShmFabricProvider.PREFERENCE, shm.preference());
    }

    @Test
    void locatorReachesThisHostOnly() {
        ShmFabricProvider provider = ShmTestSupport.provider();
        String mine = provider.localLocator();
        assertTrue(provider.reaches(mine), mine);
        ShmLocator local = ShmLocator.parse(mine);
        assertNotNull(local);
        assertEquals(ProcessHandle.current().pid(), local.pid());
        assertEquals(local, ShmLocator.parse(local.format()));

        ShmLocator otherBoot = new ShmLocator("another-boot", local.pidNamespace(), local.directoryKey(),
                local.pid(), local.startTime(), local.directory());
        ShmLocator otherDirectory = new ShmLocator(local.bootId(), local.pidNamespace(), "(dev=1,ino=2)",
                local.pid(), local.startTime(), "/elsewhere");
        ShmLocator otherPidNamespace = new ShmLocator(local.bootId(), "pid:[1]", local.directoryKey(),
                local.pid(), local.startTime(), local.directory());
        ShmLocator otherProcess = new ShmLocator(local.bootId(), local.pidNamespace(), local.directoryKey(),
                1, 0, local.directory());
        assertFalse(provider.reaches(otherBoot.format()));
        assertFalse(provider.reaches(otherDirectory.format()));
        assertFalse(provider.reaches(otherPidNamespace.format()));
        assertTrue(provider.reaches(otherProcess.format()), "another process on this host");
        assertFalse(provider.reaches("udp|10.0.0.1:7400"));
        assertFalse(provider.reaches(null));
    }

    @Test
    void directoryComesFromTheSetting() {
        String previous = System.getProperty("sirocco.shmDirectory");
        System.setProperty("sirocco.shmDirectory", "/no/such/sirocco-directory");
        try {
            ShmFabricProvider provider = new ShmFabricProvider();
            assertEquals(Path.of("/no/such/sirocco-directory"), provider.directory());
            assertFalse(provider.available());
            GroupLayout layout = new GroupLayout("g", 1, List.of(provider.localLocator()), 0, 64);
            FabricException e = assertThrows(FabricException.class, () -> provider.open(layout));
            assertTrue(e.getMessage().contains("/no/such/sirocco-directory"), e.getMessage());
            assertTrue(e.getMessage().contains("sirocco.shmDirectory"), e.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty("sirocco.shmDirectory");
            } else {
                System.setProperty("sirocco.shmDirectory", previous);
            }
        }
    }

    @Test
    void openRejectsMembersOnOtherHosts() {
        ShmFabricProvider provider = ShmTestSupport.provider();
        GroupLayout layout = new GroupLayout(ShmTestSupport.uniqueGroup("remote"), 1,
                List.of(provider.localLocator(), "udp|10.0.0.1:7400"), 0, 64);
        FabricException e = assertThrows(FabricException.class, () -> provider.open(layout));
        assertTrue(e.getMessage().contains("member 1"), e.getMessage());
    }

    @Test
    void segmentNamesAreSafeAndDistinct() {
        Path dir = Path.of("/dev/shm");
        Path a = SegmentNames.path(dir, "Square/part*1", 7);
        Path b = SegmentNames.path(dir, "Square_part_1", 7);
        assertEquals(dir, a.getParent());
        assertTrue(a.getFileName().toString().matches("sirocco-Square_part_1-[0-9a-f]{8}-7\\.seg"), a.toString());
        assertNotEquals(a, b);
        assertEquals(dir, SegmentNames.path(dir, "../../etc/passwd", 1).getParent());
    }
}
