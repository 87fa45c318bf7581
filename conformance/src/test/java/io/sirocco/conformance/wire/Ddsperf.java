package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cyclone DDS's {@code ddsperf} tool (Debian package {@code cyclonedds-tools}) run on loopback, and
 * what its output says. Its statistics lines start with {@code [pid] seconds}; the ones read here:
 *
 * <pre>
 *   [4711] 2.000  host:1234 size 100 mean 11.4us min 8.3us 50% 10.7us 90% 12.6us 99% 34.0us max 941.3us cnt 43489
 *   [4711] 1.000  size 100 total 2000 lost 0 delta 2000 lost 0 rate 1.20 kS/s 0.96 Mb/s (...)
 * </pre>
 *
 * The first is a ping's round trips with one peer (named by the host and pid of its USER_DATA); the
 * second a subscriber's running totals of samples received and lost.
 */
final class Ddsperf {
    private static final Path CONFIG_DIRECTORY = Path.of("target/ddsperf");
    private static final Pattern ROUND_TRIPS = Pattern.compile(
            "^\\[\\d+] [\\d.]+ +(\\S+) size (\\d+) mean [\\d.]+us .* cnt (\\d+)$");
    private static final Pattern RECEIVED = Pattern.compile(
            "^\\[\\d+] [\\d.]+ +size (\\d+) total (\\d+) lost (\\d+) delta .*$");

    private Ddsperf() {
    }

    /** Starts {@code ddsperf -i domain arguments...}; skips the calling test if ddsperf is not installed. */
    static PeerProcess start(int domain, String... arguments) {
        Optional<Path> executable = Stream.of(System.getenv().getOrDefault("PATH", "/usr/bin")
                        .split(File.pathSeparator))
                .map(dir -> Path.of(dir, "ddsperf"))
                .filter(Files::isExecutable)
                .findFirst();
        assumeTrue(executable.isPresent(), "ddsperf is not installed (Debian package cyclonedds-tools)");
        List<String> command = new ArrayList<>(List.of(executable.get().toString(), "-i", Integer.toString(domain)));
        command.addAll(List.of(arguments));
        return PeerProcess.start("ddsperf " + String.join(" ", arguments), command,
                CycloneLoopback.environment(CycloneLoopback.writeInto(CONFIG_DIRECTORY)));
    }

    /** One round-trip statistics line of a ping: the peer, the sample size, the round trips counted. */
    record RoundTrips(String peer, int size, long count) {
        static List<RoundTrips> in(String output) {
            return parse(output, ROUND_TRIPS,
                    m -> new RoundTrips(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
        }
    }

    /** One statistics line of a subscriber: the last sample size and the totals received and lost. */
    record Received(int size, long total, long lost) {
        static List<Received> in(String output) {
            return parse(output, RECEIVED, m -> new Received(Integer.parseInt(m.group(1)),
                    Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
        }
    }

    private static <T> List<T> parse(String output, Pattern line, Function<Matcher, T> fields) {
        return output.lines().map(line::matcher).filter(Matcher::matches).map(fields).toList();
    }
}
