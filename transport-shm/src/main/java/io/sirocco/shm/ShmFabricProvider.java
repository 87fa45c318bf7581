package io.sirocco.shm;

import io.sirocco.dcps.core.Setting;
import io.sirocco.stores.fabric.FabricException;
import io.sirocco.stores.fabric.FabricGroup;
import io.sirocco.stores.fabric.FabricProvider;
import io.sirocco.stores.fabric.GroupLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The shared-memory fabric: members on one host map one file per view in {@code /dev/shm} (or the
 * directory set by {@code -Dsirocco.shmDirectory} / {@code SIROCCO_SHM_DIRECTORY}). Preferred over the
 * network fallback, below RDMA.
 */
public final class ShmFabricProvider implements FabricProvider {
    public static final String NAME = "shm";
    /** RDMA ranks above (300 suggested), the network fallback below (100 suggested). */
    public static final int PREFERENCE = 200;
    static final Setting DIRECTORY = Setting.of("shmDirectory");
    static final String DEFAULT_DIRECTORY = "/dev/shm";
    private static final String UNAVAILABLE = "shm-unavailable";

    private final Path directory;
    private final ShmLocator local;
    private final AtomicBoolean swept = new AtomicBoolean();

    /** The provider {@link java.util.ServiceLoader} makes, on the configured directory. */
    public ShmFabricProvider() {
        this(Path.of(DIRECTORY.text(DEFAULT_DIRECTORY)));
    }

    public ShmFabricProvider(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.local = ShmLocator.local(directory);
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int preference() {
        return PREFERENCE;
    }

    @Override
    public boolean available() {
        return unavailableReason() == null;
    }

    @Override
    public String localLocator() {
        return local == null ? UNAVAILABLE : local.format();
    }

    @Override
    public boolean reaches(String peerLocator) {
        ShmLocator peer = ShmLocator.parse(peerLocator);
        return local != null && peer != null && local.sameHost(peer);
    }

    @Override
    public FabricGroup open(GroupLayout layout) throws FabricException {
        Objects.requireNonNull(layout, "layout");
        String reason = unavailableReason();
        if (reason != null) {
            throw new FabricException("shared-memory fabric unavailable: " + reason);
        }
        for (int rank = 0; rank < layout.members(); rank++) {
            String locator = layout.memberLocators().get(rank);
            if (!reaches(locator)) {
                throw new FabricException("shared-memory fabric cannot reach member " + rank + " of group "
                        + layout.group() + ": locator \"" + locator + "\" is not a process on this host sharing "
                        + directory + " (this member is \"" + localLocator() + "\")");
            }
        }
        if (swept.compareAndSet(false, true)) {
            deleteStaleSegments();
        }
        return ShmFabricGroup.open(directory, layout);
    }

    /**
     * Deletes segment files in the directory that no live process is attached to (left by crashed
     * processes). Done once by the first {@link #open}; returns how many were deleted.
     */
    public int deleteStaleSegments() {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, SegmentNames.GLOB)) {
            for (Path file : files) {
                if (SegmentFile.deleteIfStale(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            System.getLogger(ShmFabricProvider.class.getName()).log(System.Logger.Level.DEBUG,
                    "cannot list " + directory + ": " + e);
        }
        return deleted;
    }

    private String unavailableReason() {
        if (local == null) {
            return "cannot identify this host (no /proc/sys/kernel/random/boot_id)";
        }
        if (Processes.SELF_START == Processes.GONE) {
            return "cannot read this process's start time";
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            return directory + " is not a writable directory (set -D" + "sirocco.shmDirectory or "
                    + "SIROCCO_SHM_DIRECTORY)";
        }
        return null;
    }

    @Override
    public String toString() {
        return "shm fabric in " + directory;
    }
}
