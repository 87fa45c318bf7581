package io.sirocco.conformance.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Cyclone DDS configuration of the interop tests: loopback only, unicast discovery to 127.0.0.1
 * (as Sirocco's wire tests are configured), no multicast, so that Cyclone processes meet the test's
 * participants and nothing else.
 */
final class CycloneLoopback {
    static final String FILE_NAME = "cyclone-loopback.xml";

    private CycloneLoopback() {
    }

    /** Writes the configuration into {@code directory} (created if needed); returns the file. */
    static Path writeInto(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            Files.writeString(file, """
                    <CycloneDDS><Domain id="any">
                     <General><Interfaces><NetworkInterface name="lo"/></Interfaces><AllowMulticast>false</AllowMulticast></General>
                     <Discovery><Peers><Peer address="127.0.0.1"/></Peers><ParticipantIndex>auto</ParticipantIndex>
                      <MaxAutoParticipantIndex>30</MaxAutoParticipantIndex></Discovery>
                    </Domain></CycloneDDS>
                    """, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file.toAbsolutePath();
    }

    /** The environment that points a Cyclone DDS process at {@code config}. */
    static Map<String, String> environment(Path config) {
        return Map.of("CYCLONEDDS_URI", "file://" + config.toAbsolutePath());
    }
}
