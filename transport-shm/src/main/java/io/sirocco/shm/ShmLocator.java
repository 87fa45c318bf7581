package io.sirocco.shm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a member announces for the shared-memory fabric:
 * {@code shm1|<boot id>|<pid namespace>|<directory key>|<pid>|<start time>|<directory>}.
 *
 * <p>Two members can share segments when they run on the same boot of the same kernel (boot id),
 * see the same directory (its device and inode, so separate tmpfs mounts of containers differ) and
 * see each other's pids (pid namespace; failure detection looks the peer's pid up). The pid and start
 * time let a peer detect this member's death even before it attaches. The directory comes last
 * because it may contain the separator.
 */
record ShmLocator(String bootId, String pidNamespace, String directoryKey, long pid, long startTime,
        String directory) {

    static final String PREFIX = "shm1";
    private static final String UNKNOWN = "?";

    /** This process in {@code directory}, or {@code null} when this host cannot be identified. */
    static ShmLocator local(Path directory) {
        String boot = read("/proc/sys/kernel/random/boot_id");
        if (boot == null) {
            return null;
        }
        String namespace;
        try {
            namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException e) {
            namespace = UNKNOWN;
        }
        String key = UNKNOWN;
        Path dir = directory.toAbsolutePath().normalize();
        try {
            dir = directory.toRealPath();
            Object fileKey = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            if (fileKey != null) {
                key = fileKey.toString().replace('|', '_');
            }
        } catch (IOException e) {
            // the directory is missing: available() says so; the locator still names it
        }
        return new ShmLocator(boot, namespace.replace('|', '_'), key, Processes.SELF_PID, Processes.SELF_START,
                dir.toString());
    }

    /** The locator in {@code text}, or {@code null} when it is not a shared-memory locator. */
    static ShmLocator parse(String text) {
        if (text == null || !text.startsWith(PREFIX + "|")) {
            return null;
        }
        String[] parts = text.split("\\|", 7);
        if (parts.length != 7) {
            return null;
        }
        try {
            return new ShmLocator(parts[1], parts[2], parts[3], Long.parseLong(parts[4]), Long.parseLong(parts[5]),
                    parts[6]);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    String format() {
        return PREFIX + "|" + bootId + "|" + pidNamespace + "|" + directoryKey + "|" + pid + "|" + startTime + "|"
                + directory;
    }

    /** Whether a member with this locator and one with {@code other} can share segments. */
    boolean sameHost(ShmLocator other) {
        boolean sameDirectory = directoryKey.equals(UNKNOWN) || other.directoryKey.equals(UNKNOWN)
                ? directory.equals(other.directory)
                : directoryKey.equals(other.directoryKey);
        return bootId.equals(other.bootId) && pidNamespace.equals(other.pidNamespace) && sameDirectory;
    }

    private static String read(String file) {
        try {
            String value = Files.readString(Path.of(file), StandardCharsets.US_ASCII).strip();
            return value.isEmpty() ? null : value.replace('|', '_');
        } catch (IOException e) {
            return null;
        }
    }
}
