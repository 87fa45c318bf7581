package io.sirocco.conformance.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to run a {@link SiroccoPeer} in a JVM of its own: the test's own {@code java} and class path,
 * the test's {@code sirocco.*} settings (so a child stays on loopback like the test) with
 * {@code settings} on top, and optionally a launcher in front, such as {@code ip netns exec NS}.
 * Public so that tests of other packages (the group engine's) can start JVMs of their own main class
 * the same way ({@link #startMain}).
 *
 * @param domainId the DDS domain of the peer, passed as {@code -D}
 * @param launcher the command the {@code java} command line is handed to; empty to run it directly
 * @param settings {@code sirocco.<name>} values by name; an empty value unsets the test's own
 */
public record PeerJvm(int domainId, List<String> launcher, Map<String, String> settings) {
    private static final String PREFIX = "sirocco.";

    public static PeerJvm inDomain(int domainId) {
        return new PeerJvm(domainId, List.of(), Map.of());
    }

    /** The same peer with {@code sirocco.<name>=value}. */
    public PeerJvm with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(settings);
        more.put(name, value);
        return new PeerJvm(domainId, launcher, more);
    }

    /** The same peer, started through {@code command} (which then runs the java command line). */
    public PeerJvm launchedBy(List<String> command) {
        return new PeerJvm(domainId, List.copyOf(command), settings);
    }

    /** Starts {@code SiroccoPeer mode topic count options...}. */
    PeerProcess start(String mode, String topic, int count, String... options) {
        List<String> arguments = new ArrayList<>(List.of(mode, topic, Integer.toString(count),
                "-D", Integer.toString(domainId)));
        arguments.addAll(List.of(options));
        return startMain("sirocco " + mode + " " + topic, SiroccoPeer.class, arguments);
    }

    /**
     * Starts {@code main} with {@code arguments} in a JVM like a peer's (same java, class path and
     * settings, same launcher); {@code domainId} is not passed. {@code name} names it in failures.
     */
    public PeerProcess startMain(String name, Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>(launcher);
        command.add(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot tell which java runs this test")));
        // Quick start-up matters more than peak speed for a peer that lives a few seconds.
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "--enable-native-access=ALL-UNNAMED"));
        // Surefire starts tests with a manifest-only jar; the real class path is in this property.
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path"))));
        Map<String, String> effective = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith(PREFIX)).sorted()
                .forEach(n -> effective.put(n.substring(PREFIX.length()), System.getProperty(n)));
        effective.putAll(settings);
        effective.forEach((setting, value) -> command.add("-D" + PREFIX + setting + "=" + value));
        command.add(main.getName());
        command.addAll(arguments);
        return PeerProcess.start(name + (launcher.isEmpty() ? "" : " via " + String.join(" ", launcher)), command,
                Map.of());
    }
}
