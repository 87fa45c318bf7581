package io.sirocco.conformance.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to run a {@link SiroccoPeer} in a JVM of its own: the test's own {@code java} and class path,
 * the test's {@code sirocco.*} settings (so a child stays on loopback like the test) with
 * {@code settings} on top, and optionally a launcher in front, such as {@code ip netns exec NS}.
 *
 * @param domainId the DDS domain of the peer, passed as {@code -D}
 * @param launcher the command the {@code java} command line is handed to; empty to run it directly
 * @param settings {@code sirocco.<name>} values by name; an empty value unsets the test's own
 */
record PeerJvm(int domainId, List<String> launcher, Map<String, String> settings) {
    private static final String PREFIX = "sirocco.";

    static PeerJvm inDomain(int domainId) {
        return new PeerJvm(domainId, List.of(), Map.of());
    }

    /** The same peer with {@code sirocco.<name>=value}. */
    PeerJvm with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(settings);
        more.put(name, value);
        return new PeerJvm(domainId, launcher, more);
    }

    /** The same peer, started through {@code command} (which then runs the java command line). */
    PeerJvm launchedBy(List<String> command) {
        return new PeerJvm(domainId, List.copyOf(command), settings);
    }

    /** Starts {@code SiroccoPeer mode topic count options...}. */
    PeerProcess start(String mode, String topic, int count, String... options) {
        List<String> command = new ArrayList<>(launcher);
        command.add(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot tell which java runs this test")));
        // Quick start-up matters more than peak speed for a peer that lives a few seconds.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
        // Surefire starts tests with a manifest-only jar; the real class path is in this property.
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"))));
        Map<String, String> effective = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith(PREFIX)).sorted()
                .forEach(name -> effective.put(name.substring(PREFIX.length()), System.getProperty(name)));
        effective.putAll(settings);
        effective.forEach((name, value) -> command.add("-D" + PREFIX + name + "=" + value));
        command.addAll(List.of(SiroccoPeer.class.getName(), mode, topic, Integer.toString(count),
                "-D", Integer.toString(domainId)));
        command.addAll(List.of(options));
        String name = "sirocco " + mode + " " + topic + (launcher.isEmpty() ? "" : " via " + String.join(" ", launcher));
        return PeerProcess.start(name, command, Map.of());
    }
}
