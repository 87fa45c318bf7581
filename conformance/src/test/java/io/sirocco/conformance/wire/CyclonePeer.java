package io.sirocco.conformance.wire;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Cyclone DDS peer of the interop tests: {@code src/test/c/shape_peer.c} compiled against the
 * installed Cyclone DDS (Debian packages {@code cyclonedds-tools cyclonedds-dev}, which
 * {@code .ci/run} installs) and run with a configuration that keeps it on loopback.
 */
final class CyclonePeer {
    private static final Path SOURCES = Path.of("src/test/c");
    private static final Path BUILD = Path.of("target/cyclone-peer");
    private static Path executable;
    private static String buildProblem;

    private CyclonePeer() {
    }

    /** Builds the peer once per JVM; skips the calling test when Cyclone DDS is not installed. */
    static synchronized Path executable() {
        if (executable == null && buildProblem == null) {
            try {
                executable = build();
            } catch (IOException | RuntimeException e) {
                buildProblem = e.getMessage();
            }
        }
        assumeTrue(buildProblem == null, () -> "no Cyclone DDS peer (install cyclonedds-tools cyclonedds-dev gcc): "
                + buildProblem);
        return executable;
    }

    private static Path build() throws IOException {
        Files.createDirectories(BUILD);
        for (String file : List.of("InteropShape.idl", "shape_peer.c")) {
            Files.copy(SOURCES.resolve(file), BUILD.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        run(List.of("idlc", "InteropShape.idl"));
        run(List.of("gcc", "-O2", "-o", "shape_peer", "shape_peer.c", "InteropShape.c", "-I.", "-lddsc"));
        CycloneLoopback.writeInto(BUILD);
        return BUILD.resolve("shape_peer").toAbsolutePath();
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).directory(BUILD.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Starts {@code shape_peer} with the arguments, on loopback. */
    static PeerProcess start(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.addAll(List.of(arguments));
        return PeerProcess.start("cyclone " + String.join(" ", arguments), command,
                CycloneLoopback.environment(BUILD.resolve(CycloneLoopback.FILE_NAME)));
    }
}
