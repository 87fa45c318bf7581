package io.sirocco.shm;

import java.nio.file.Path;

/**
 * File names of segments: {@code sirocco-<group>-<hash>-<viewId>.seg}. The group name is reduced to
 * characters safe in a file name; the hash of the full name keeps groups that reduce to the same text
 * (say {@code a/b} and {@code a_b}) apart.
 */
final class SegmentNames {
    static final String PREFIX = "sirocco-";
    static final String SUFFIX = ".seg";
    static final String GLOB = PREFIX + "*" + SUFFIX;
    private static final int MAX_GROUP_CHARS = 120;

    private SegmentNames() {
    }

    static Path path(Path directory, String group, long viewId) {
        StringBuilder name = new StringBuilder(PREFIX);
        for (int i = 0; i < group.length() && i < MAX_GROUP_CHARS; i++) {
            char c = group.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' && i > 0
                    || c == '_' || c == '-';
            name.append(safe ? c : '_');
        }
        long hash = SegmentGeometry.mix(0xcbf2_9ce4_8422_2325L, group);
        name.append('-').append(String.format("%08x", (int) (hash ^ (hash >>> 32))));
        name.append('-').append(viewId).append(SUFFIX);
        return directory.resolve(name.toString());
    }
}
