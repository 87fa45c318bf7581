package io.sirocco.idl.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers, in a small text file, what the last successful run compiled: its settings, the IDL files
 * it read (includes too) and the Java files it wrote. A run is skipped when the settings are the same,
 * the same files are asked for, none of the files read changed since, and every output still exists;
 * outputs that a later run no longer produces are deleted.
 *
 * <p>Format: a {@code settings} line, then {@code in <path>} and {@code out <path>} lines.
 */
final class IncrementalBuild {
    private final Path stateFile;

    IncrementalBuild(Path stateFile) {
        this.stateFile = stateFile;
    }

    /** What a run was asked to do, and what it did. */
    record State(String settings, Set<Path> inputs, Set<Path> outputs) {
    }

    /** Whether a run with {@code settings} over {@code sources} can be skipped. */
    boolean upToDate(String settings, List<Path> sources) throws IOException {
        State last = load();
        if (last == null || !last.settings().equals(settings)) {
            return false;
        }
        for (Path s : sources) {
            if (!last.inputs().contains(s.toAbsolutePath().normalize())) {
                return false; // a new IDL file
            }
        }
        FileTime stamp = Files.getLastModifiedTime(stateFile);
        for (Path in : last.inputs()) {
            if (!Files.isRegularFile(in) || Files.getLastModifiedTime(in).compareTo(stamp) >= 0) {
                return false;
            }
        }
        for (Path out : last.outputs()) {
            if (!Files.isRegularFile(out)) {
                return false;
            }
        }
        return true;
    }

    /** Records a successful run and deletes the outputs of the previous run that this one did not produce. */
    void record(String settings, Set<Path> inputs, Set<Path> outputs) throws IOException {
        State last = load();
        Set<Path> produced = new LinkedHashSet<>();
        outputs.forEach(p -> produced.add(p.toAbsolutePath().normalize()));
        if (last != null) {
            for (Path old : last.outputs()) {
                if (!produced.contains(old)) {
                    Files.deleteIfExists(old);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("settings " + settings.replace('\n', ' '));
        inputs.forEach(p -> lines.add("in " + p.toAbsolutePath().normalize()));
        produced.forEach(p -> lines.add("out " + p));
        Files.createDirectories(stateFile.getParent());
        Files.write(stateFile, lines, StandardCharsets.UTF_8);
    }

    /** Forgets the last run (after a failure, so that the next run compiles again). */
    void forget() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    private State load() throws IOException {
        if (!Files.isRegularFile(stateFile)) {
            return null;
        }
        String settings = null;
        Set<Path> in = new LinkedHashSet<>();
        Set<Path> out = new LinkedHashSet<>();
        for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
            if (line.startsWith("settings ")) {
                settings = line.substring("settings ".length());
            } else if (line.startsWith("in ")) {
                in.add(Path.of(line.substring(3)));
            } else if (line.startsWith("out ")) {
                out.add(Path.of(line.substring(4)));
            }
        }
        return settings == null ? null : new State(settings, in, out);
    }
}
